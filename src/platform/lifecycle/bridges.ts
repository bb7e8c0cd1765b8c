// Cloud bridges: one per ROS component, routing over the deployment's routed network. A bridge's own problems (the
// guide's bridge conditions) are checked when the component is provisioned or a fault changes them; whether it
// routes is derived from its component, device and network each time the deployment settles.
import type { Ctx } from '../context';
import { deploymentsIn } from '../indexes';
import { ensureFlapCheck, linkDown } from '../links/flap';
import { linkOf } from '../links/link-of';
import { ensureLinkTick } from '../links/warnings';
import { appendLog } from '../logs/store';
import type { BridgeConflict, BridgeRoutingStatus, CloudBridge, DeployedComponent, Deployment, ErrorCode, RoutedNetwork } from '../types';

export const isRos = (comp: DeployedComponent): boolean => comp.cloudBridge !== undefined;

export function newBridge(ctx: Ctx, deploymentName: string, component: string, network: RoutedNetwork | undefined): CloudBridge {
  return {
    id: `cb-${ctx.rng.chars(20)}`,
    name: `${deploymentName}-${component}-cb`,
    routingStatus: 'pending',
    networkStatus: network?.status === 'Running' ? 'running' : 'error',
    warnings: [],
    runs: [],
  };
}

const MAX_BRIDGE_RUNS = 50;

const networkRuns = (ctx: Ctx, d: Deployment): boolean =>
  d.routedNetworkId !== undefined && ctx.idx.networks.get(d.routedNetworkId)?.status === 'Running';

/**
 * What the bridge could do now, from its component, its device and its network (see BridgeRoutingStatus), before a
 * flapping link's down periods: those stop its routing for seconds, but the bridge stays up and reconnects.
 */
export function bridgeRouting(ctx: Ctx, d: Deployment, comp: DeployedComponent): BridgeRoutingStatus {
  const bridge = comp.cloudBridge;
  if (!bridge || comp.deprovisioned || d.phase === 'Stopped') return 'stopped';
  if (bridge.errorCode !== undefined || bridge.down) return 'error';
  const deviceUp = comp.deviceId === undefined || ctx.idx.devices.get(comp.deviceId)?.online === true;
  const componentRuns = comp.executables.some((e) => e.status === 'running');
  const network = networkRuns(ctx, d);
  if (deviceUp && network && componentRuns) return 'running';
  const neverStarted = comp.executables.every((e) => e.startedAt === undefined && e.status !== 'error');
  return deviceUp && neverStarted && network ? 'pending' : 'error';
}

/**
 * Brings each bridge's Network and Routing Status and its routing periods up to date with the world; called when `d`
 * settles. While its flapping link is down, the Network Status reads error and a routing bridge reads error too; its
 * routing period goes on, since it reconnects (the drop is one of its warnings).
 */
export function settleBridges(ctx: Ctx, d: Deployment): void {
  const now = ctx.state.now;
  for (const comp of d.components) {
    const bridge = comp.cloudBridge;
    if (!bridge) continue;
    const routing = bridgeRouting(ctx, d, comp);
    const link = routing === 'stopped' ? undefined : linkOf(ctx, d, comp);
    const down = linkDown(link, now);
    if (routing !== 'stopped') bridge.networkStatus = networkRuns(ctx, d) && !down ? 'running' : 'error';
    bridge.routingStatus = routing === 'running' && down ? 'error' : routing;
    ensureFlapCheck(ctx, d, comp, link);
    const runs = (bridge.runs ??= []);
    const last = runs[runs.length - 1];
    const open = last !== undefined && last.to === undefined;
    if (routing === 'running' && !open) {
      runs.push({ from: now });
      if (runs.length > MAX_BRIDGE_RUNS) runs.shift();
    } else if (routing !== 'running' && open) last.to = now;
    if (routing === 'running') ensureLinkTick(ctx, d, comp);
  }
}

interface BridgeProblem {
  code: ErrorCode;
  why: string;
  conflict?: BridgeConflict;
}

/** The codes of a clash with another deployment on the routed network; they clear once that deployment leaves. */
export const CONFLICT_CODES: readonly ErrorCode[] = ['DEP_E171', 'DEP_E174', 'DEP_E176', 'DEP_E177'];

export const inConflict = (comp: DeployedComponent): boolean => {
  const code = comp.cloudBridge?.errorCode;
  return code !== undefined && CONFLICT_CODES.includes(code);
};

function bridgeProblem(ctx: Ctx, d: Deployment, comp: DeployedComponent): BridgeProblem | undefined {
  const device = comp.deviceId === undefined ? undefined : ctx.idx.devices.get(comp.deviceId);
  if (device) {
    const libs = device.bridgeLibraries;
    if (!libs.compression) return { code: 'DEP_E172', why: `compression library missing on ${device.name}` };
    if (!libs.transport) return { code: 'DEP_E173', why: `transport libraries missing on ${device.name}` };
    if (!libs.actionlib) return { code: 'DEP_E175', why: `python actionlib/msgs missing on ${device.name}` };
  }
  if (d.routedNetworkId === undefined) return undefined;
  const onDevice = comp.runtime === 'device';
  for (const other of deploymentsIn(ctx.idx, ctx.idx.byNetwork.get(d.routedNetworkId))) {
    for (const oc of other.components) {
      // A bridge stopped by a clash of its own routes nothing, so it holds no alias or service.
      if (oc === comp || oc.deprovisioned || !isRos(oc) || inConflict(oc)) continue;
      const peer = { deploymentId: other.id, deploymentName: other.name, component: oc.name };
      if (oc.alias !== undefined && oc.alias === comp.alias) {
        const why = `alias "${comp.alias}" is already used by ${other.name}/${oc.name}`;
        return { code: onDevice ? 'DEP_E171' : 'DEP_E176', why, conflict: { ...peer, alias: oc.alias } };
      }
      const shared = oc.rosServices.find((s) => comp.rosServices.includes(s));
      if (shared !== undefined) {
        const why = `ROS service ${shared} is also offered by ${other.name}/${oc.name}`;
        return { code: onDevice ? 'DEP_E174' : 'DEP_E177', why, conflict: { ...peer, service: shared } };
      }
    }
  }
  return undefined;
}

/** Re-evaluates a component's bridge (`starting` when it is being provisioned); the caller settles the deployment. */
export function refreshBridge(ctx: Ctx, d: Deployment, comp: DeployedComponent, starting = false): void {
  const bridge = comp.cloudBridge;
  if (!bridge) return;
  const network = d.routedNetworkId === undefined ? undefined : ctx.idx.networks.get(d.routedNetworkId);
  bridge.networkStatus = network?.status === 'Running' ? 'running' : 'error';
  const problem = bridgeProblem(ctx, d, comp);
  if (problem?.conflict) bridge.conflict = problem.conflict;
  else delete bridge.conflict;
  if (problem?.code === bridge.errorCode && !starting) return;
  // A bridge whose own executable is not running notices nothing and prints nothing until it is restarted.
  if (bridge.down) {
    if (problem) bridge.errorCode = problem.code;
    else delete bridge.errorCode;
    return;
  }
  const source = { deploymentId: d.id, component: comp.name, source: bridge.name, sourceKind: 'cloudBridge' as const };
  if (problem) {
    bridge.errorCode = problem.code;
    appendLog(ctx, source, `[cloud_bridge] ERROR ${problem.code}: ${problem.why}; routing stopped`, 'stderr');
  } else {
    delete bridge.errorCode;
    appendLog(ctx, source, `[cloud_bridge] routing on ${network?.name ?? 'the routed network'} as "${comp.alias ?? comp.name}"`);
  }
}

/** A routed network changed status: every bridge routed through it shows it. */
export function refreshNetworkStatus(ctx: Ctx, network: RoutedNetwork): Deployment[] {
  const affected = deploymentsIn(ctx.idx, ctx.idx.byNetwork.get(network.id));
  for (const d of affected) {
    for (const c of d.components) if (c.cloudBridge) c.cloudBridge.networkStatus = network.status === 'Running' ? 'running' : 'error';
  }
  return affected;
}
