// Link conditions through the simulator API: set by a fault, shown in the simulator status, and the cause of the
// cloud bridges' warnings, which the histogram counts and Historical Logs serve line for line.
import { describe, expect, it } from 'vitest';
import { deploymentLogs, faultResult, warningHistogram } from '../../src/api/contract';
import { advance, failed, get, ok, post, setupMockPlatform, status, deploymentsAt } from './harness';

setupMockPlatform();

const cloudNet = async () => {
  const link = (await status()).links?.find((l) => l.target === 'network' && l.name === 'cloud-routed-net');
  if (!link) throw new Error('no cloud-routed-net in the status');
  return link;
};

describe('link conditions', () => {
  it('a network-link fault degrades the network; its bridges log warnings the histogram counts', async () => {
    const net = await cloudNet();
    const fault = { kind: 'network-link', networkId: net.id, latencyMs: 300, lossPercent: 5, bandwidthKbps: 100 };
    ok(await post('api/simulator/faults', fault), faultResult, 202);
    expect((await cloudNet()).condition).toMatchObject({ latencyMs: 300, lossPercent: 5, bandwidthKbps: 100 });
    await advance(10 * 60_000);
    const list = (await deploymentsAt('api/v2/deployments?phases=all&limit=500'));
    const fleet = list.items.find((d) => d.metadata.name === 'fleet-manager-prod');
    if (!fleet) throw new Error('no fleet-manager-prod');
    const histogram = ok(await get(`api/v2/deployments/${fleet.metadata.guid}/components/fleet-core/warnings`), warningHistogram);
    const hour = histogram.items.at(-1);
    if (!hour) throw new Error('no buckets');
    const to = new Date(Date.parse(hour.to) - 1).toISOString();
    const q = new URLSearchParams({ source: 'fleet-manager-prod-fleet-core-cb', text: 'WARN', from: hour.from, to, limit: '1000' });
    const page = ok(await get(`api/v2/deployments/${fleet.metadata.guid}/logs?${q}`), deploymentLogs);
    expect(hour.count).toBeGreaterThanOrEqual(30);
    expect(page.items).toHaveLength(hour.count);
  });

  it('neutral settings make the link healthy again; bad settings are refused by field', async () => {
    const net = await cloudNet();
    ok(await post('api/simulator/faults', { kind: 'network-link', networkId: net.id, latencyMs: 0, lossPercent: 0 }), faultResult, 202);
    expect((await cloudNet()).condition).toBeUndefined();
    expect(failed(await post('api/simulator/faults', { kind: 'network-link', networkId: net.id, latencyMs: 0, lossPercent: 120 }), 400).field).toBe('lossPercent');
    expect(failed(await post('api/simulator/faults', { kind: 'device-link', deviceId: 'x', latencyMs: 0, lossPercent: 1, flapping: { downSeconds: 0, upSeconds: 5 } }), 400).field).toBe('flapping.downSeconds');
  });
});
