// Cloud-bridge warnings caused by link conditions: while a bridge routes over a degraded link, a `bridge.link`
// timer wakes it once a minute to log what the link did to its traffic in that minute. Only degraded bridges have
// a timer, so the cost follows the bridges a condition touches, never the fleet.
import { schedule, type Ctx } from '../context';
import { MINUTE, SECOND } from '../durations';
import { pruneWarnings } from '../histogram';
import type { CloudBridge, DeployedComponent, Deployment, LinkCondition, Millis, Timer } from '../types';
import { linkOf } from './link-of';

export const LINK_TICK = MINUTE;
/** Each published topic sends this many messages per second, of this size. */
export const TOPIC_HZ = 10;
export const MESSAGE_KBIT = 8;
/** Each offered service is called this often. */
const SERVICE_CALLS_PER_MINUTE = 6;
/** A message later than this is reported late; a service reply later than this is a QoS timeout. */
export const LATE_MS = 250;
export const QOS_TIMEOUT_MS = 1000;

interface Traffic {
  topics: readonly string[];
  services: readonly string[];
  network: string;
}

/** Starts the bridge's minute checks when it routes over a degraded link and none is due yet. */
export function ensureLinkTick(ctx: Ctx, d: Deployment, comp: DeployedComponent): void {
  const bridge = comp.cloudBridge;
  // A bridge in a routing period: one whose flapping link is down for the moment stays in it.
  if (!bridge || openRunFrom(bridge) === undefined || !linkOf(ctx, d, comp)) return;
  if (bridge.linkTickAt !== undefined && bridge.linkTickAt > ctx.state.now) return;
  bridge.linkTickAt = ctx.state.now + LINK_TICK;
  schedule(ctx, bridge.linkTickAt, 'bridge.link', d.id, { component: comp.name });
}

const downStartsUntil = (at: Millis, link: LinkCondition, flap: { downSeconds: number; upSeconds: number }): number => {
  const first = link.since + flap.upSeconds * SECOND;
  return at < first ? 0 : Math.floor((at - first) / ((flap.downSeconds + flap.upSeconds) * SECOND)) + 1;
};

/** Draws a count around `expected` (±20 %), so that minutes differ but totals follow the condition. */
const around = (ctx: Ctx, expected: number): number => Math.round(expected * (0.8 + 0.4 * ctx.rng.next()));

/** The warning lines a bridge logs for the `seconds` ending now, under `link`, for its traffic. */
export function linkWarnings(ctx: Ctx, link: LinkCondition, traffic: Traffic, from: Millis, to: Millis): string[] {
  const seconds = (to - from) / SECOND;
  const out: string[] = [];
  const { topics, services, network } = traffic;
  const sent = topics.length * TOPIC_HZ * seconds;
  const flap = link.flapping;
  if (flap) {
    const drops = downStartsUntil(to, link, flap) - downStartsUntil(from, link, flap);
    for (let i = 0; i < drops; i++) {
      const lost = topics.length * TOPIC_HZ * flap.downSeconds;
      out.push(`connection to ${network} lost, reconnected after ${flap.downSeconds} s (${lost} messages dropped while disconnected)`);
    }
  }
  if (link.lossPercent > 0 && sent > 0) {
    const dropped = around(ctx, (sent * link.lossPercent) / 100);
    if (dropped > 0) out.push(`${dropped} of ${sent} messages dropped on ${topics.join(', ')} (${link.lossPercent}% packet loss on ${network})`);
  }
  if (link.latencyMs > LATE_MS && sent > 0) {
    out.push(`${sent} messages on ${topics.join(', ')} arrived late (${link.latencyMs} ms behind, limit ${LATE_MS} ms)`);
  }
  const calls = Math.round((services.length * SERVICE_CALLS_PER_MINUTE * seconds) / 60);
  if (calls > 0 && 2 * link.latencyMs >= QOS_TIMEOUT_MS) {
    out.push(`QoS timeout: ${calls} calls to ${services.join(', ')} got no reply within ${QOS_TIMEOUT_MS} ms (round trip ${2 * link.latencyMs} ms)`);
  }
  const offered = topics.length * TOPIC_HZ * MESSAGE_KBIT;
  if (link.bandwidthKbps !== undefined && offered > link.bandwidthKbps) {
    const overflow = Math.round(sent * (1 - link.bandwidthKbps / offered));
    out.push(`send queue overflow: ${overflow} messages dropped (${offered} kbit/s offered, link carries ${link.bandwidthKbps} kbit/s)`);
  }
  return out;
}

function openRunFrom(bridge: CloudBridge): Millis | undefined {
  const last = bridge.runs?.at(-1);
  return last && last.to === undefined ? last.from : undefined;
}

/** A bridge's minute check: logs the minute's warnings and books the next check while the link stays degraded. */
export function onLinkTimer(ctx: Ctx, t: Timer): boolean {
  const d = ctx.idx.deployments.get(t.target);
  const comp = d?.components.find((c) => c.name === t.component);
  const bridge = comp?.cloudBridge;
  if (!d || !comp || !bridge || bridge.linkTickAt !== t.at) return false;
  delete bridge.linkTickAt;
  const link = linkOf(ctx, d, comp);
  const runFrom = openRunFrom(bridge);
  if (!link || runFrom === undefined) return false;
  const now = ctx.state.now;
  const from = Math.max(now - LINK_TICK, runFrom, link.since);
  const spec = ctx.idx.packages.get(d.packageId)?.components.find((c) => c.name === comp.name);
  const network = d.routedNetworkId === undefined ? 'the routed network' : (ctx.idx.networks.get(d.routedNetworkId)?.name ?? d.routedNetworkId);
  const lines = linkWarnings(ctx, link, { topics: spec?.ros.topics ?? [], services: comp.rosServices, network }, from, now);
  for (const message of lines) bridge.warnings.push({ at: now, message });
  if (lines.length > 0) pruneWarnings(bridge, now);
  ensureLinkTick(ctx, d, comp);
  return lines.length > 0;
}
