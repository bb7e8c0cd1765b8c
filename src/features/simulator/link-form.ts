// The link-condition form's values: from a link's current condition, and to the fault that sets it.
import type { FaultBody, LinkStatus } from '../../api';
import type { LinkFormInput, LinkFormOutput } from './link-form-schema';

export type { LinkFormInput, LinkFormOutput } from './link-form-schema';

export const HEALTHY_VALUES: LinkFormInput = { latency: '0', loss: '0', bandwidth: '', down: '', up: '' };

export function linkValues(condition: LinkStatus['condition']): LinkFormInput {
  if (!condition) return HEALTHY_VALUES;
  return {
    latency: String(condition.latencyMs),
    loss: String(condition.lossPercent),
    bandwidth: condition.bandwidthKbps === undefined ? '' : String(condition.bandwidthKbps),
    down: condition.flapping ? String(condition.flapping.downSeconds) : '',
    up: condition.flapping ? String(condition.flapping.upSeconds) : '',
  };
}

export function linkBody(link: Pick<LinkStatus, 'target' | 'id'>, v: LinkFormOutput): FaultBody {
  const settings = {
    latencyMs: v.latency,
    lossPercent: v.loss,
    ...(v.bandwidth === undefined ? {} : { bandwidthKbps: v.bandwidth }),
    ...(v.down === undefined || v.up === undefined ? {} : { flapping: { downSeconds: v.down, upSeconds: v.up } }),
  };
  return link.target === 'network' ? { kind: 'network-link', networkId: link.id, ...settings } : { kind: 'device-link', deviceId: link.id, ...settings };
}

/** `600 ms latency, 5% loss, down 10 s every 120 s`, or `Healthy`. */
export function describeCondition(condition: LinkStatus['condition']): string {
  if (!condition) return 'Healthy';
  const parts = [];
  if (condition.latencyMs > 0) parts.push(`${condition.latencyMs} ms latency`);
  if (condition.lossPercent > 0) parts.push(`${condition.lossPercent}% loss`);
  if (condition.bandwidthKbps !== undefined) parts.push(`${condition.bandwidthKbps.toLocaleString('en-GB')} kbit/s`);
  if (condition.flapping) parts.push(`down ${condition.flapping.downSeconds} s every ${condition.flapping.downSeconds + condition.flapping.upSeconds} s`);
  return parts.length > 0 ? parts.join(', ') : 'Healthy';
}
