// Link conditions of routed networks and devices: set by the simulator (a fault) or a scenario, read by the cloud
// bridges routed over them. A neutral condition is stored as none, so a healthy world saves as it always did.
import type { Fault, Result } from '../api';
import type { Ctx } from '../context';
import { fail, ok } from '../errors';
import { deploymentsIn } from '../indexes';
import type { LinkCondition, LinkSettings } from '../types';
import { settle } from '../status';

const MAX_LATENCY_MS = 60_000;
const MAX_FLAP_SECONDS = 86_400;

const whole = (v: unknown, min: number, max: number): boolean => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

function checkSettings(s: LinkSettings): Result<void> {
  if (!whole(s.latencyMs, 0, MAX_LATENCY_MS)) return fail('invalid-fault', `latency is 0 to ${MAX_LATENCY_MS} ms`, 'latencyMs');
  if (typeof s.lossPercent !== 'number' || !(s.lossPercent >= 0 && s.lossPercent <= 100)) return fail('invalid-fault', 'loss is 0 to 100 %', 'lossPercent');
  if (s.bandwidthKbps !== undefined && !whole(s.bandwidthKbps, 1, 10_000_000)) return fail('invalid-fault', 'bandwidth is 1 to 10,000,000 kbit/s, or none for unlimited', 'bandwidthKbps');
  const flap = s.flapping;
  if (flap && !whole(flap.downSeconds, 1, MAX_FLAP_SECONDS)) return fail('invalid-fault', `a flap is down 1 to ${MAX_FLAP_SECONDS} s`, 'flapping.downSeconds');
  if (flap && !whole(flap.upSeconds, 1, MAX_FLAP_SECONDS)) return fail('invalid-fault', `a flap is up 1 to ${MAX_FLAP_SECONDS} s between drops`, 'flapping.upSeconds');
  return ok(undefined);
}

export const isNeutral = (s: LinkSettings): boolean => s.latencyMs === 0 && s.lossPercent === 0 && s.bandwidthKbps === undefined && s.flapping === undefined;

/** What a condition says in words, for the fault's event. */
export function describeLink(s: LinkSettings | undefined): string {
  if (!s || isNeutral(s)) return 'healthy';
  const parts = [`${s.latencyMs} ms latency`, `${s.lossPercent}% loss`];
  if (s.bandwidthKbps !== undefined) parts.push(`${s.bandwidthKbps} kbit/s`);
  if (s.flapping) parts.push(`down ${s.flapping.downSeconds} s every ${s.flapping.downSeconds + s.flapping.upSeconds} s`);
  return parts.join(', ');
}

function toCondition(ctx: Ctx, s: LinkSettings): LinkCondition | undefined {
  if (isNeutral(s)) return undefined;
  const c: LinkCondition = { latencyMs: s.latencyMs, lossPercent: s.lossPercent, since: ctx.state.now };
  if (s.bandwidthKbps !== undefined) c.bandwidthKbps = s.bandwidthKbps;
  if (s.flapping) c.flapping = { downSeconds: s.flapping.downSeconds, upSeconds: s.flapping.upSeconds };
  return c;
}

type LinkFault = Extract<Fault, { kind: 'network-link' | 'device-link' }>;

/** Sets (or, with neutral settings, clears) the link condition of a routed network or a device. */
export function setLink(ctx: Ctx, f: LinkFault): Result<string> {
  const checked = checkSettings(f);
  if (!checked.ok) return checked;
  const target = f.kind === 'network-link' ? ctx.idx.networks.get(f.networkId) : ctx.idx.devices.get(f.deviceId);
  if (!target) return f.kind === 'network-link' ? fail('unknown-network', `routed network ${f.networkId} does not exist`) : fail('unknown-device', `device ${f.deviceId} does not exist`);
  const condition = toCondition(ctx, f);
  if (condition) target.link = condition;
  else delete target.link;
  // Each bridge routed over the link starts its warning checks, and its statuses follow a flap from now on.
  for (const d of deploymentsIn(ctx.idx, f.kind === 'network-link' ? ctx.idx.byNetwork.get(f.networkId) : ctx.idx.byDevice.get(f.deviceId))) settle(ctx, d);
  return ok(`link of ${target.name} set to ${describeLink(condition)}`);
}
