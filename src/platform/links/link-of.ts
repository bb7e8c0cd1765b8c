// The link a cloud bridge routes over: its routed network's condition, worsened by its device's uplink.
import type { Ctx } from '../context';
import type { DeployedComponent, Deployment, LinkCondition } from '../types';

/** The condition a component's bridge routes under: its network's, worsened by its device's uplink. */
export function linkOf(ctx: Ctx, d: Deployment, comp: DeployedComponent): LinkCondition | undefined {
  const net = d.routedNetworkId === undefined ? undefined : ctx.idx.networks.get(d.routedNetworkId)?.link;
  const dev = comp.deviceId === undefined ? undefined : ctx.idx.devices.get(comp.deviceId)?.link;
  if (!net || !dev) return net ?? dev;
  const bandwidths = [net.bandwidthKbps, dev.bandwidthKbps].filter((b): b is number => b !== undefined);
  const c: LinkCondition = {
    latencyMs: net.latencyMs + dev.latencyMs,
    lossPercent: 100 - ((100 - net.lossPercent) * (100 - dev.lossPercent)) / 100,
    since: Math.max(net.since, dev.since),
  };
  if (bandwidths.length > 0) c.bandwidthKbps = Math.min(...bandwidths);
  const flapping = net.flapping ?? dev.flapping;
  if (flapping) c.flapping = flapping;
  return c;
}

