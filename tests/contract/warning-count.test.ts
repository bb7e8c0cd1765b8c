// The Network configuration table's warning count and the histogram it opens must tell the same story.
import { describe, expect, it } from 'vitest';
import { warningHistogram } from '../../src/api/contract';
import { get, ok, setupMockPlatform, deploymentsAt } from './harness';

setupMockPlatform();

describe('cloud-bridge warning count', () => {
  it('equals the sum of the 24 hourly buckets the histogram shows', async () => {
    const list = (await deploymentsAt('api/v2/deployments?phases=all&limit=500'));
    const bridges = list.items.flatMap((d) => d.status.cloudBridges.map((b) => ({ guid: d.metadata.guid, bridge: b })));
    const warned = bridges.filter(({ bridge }) => bridge.warningCount > 0);
    expect(warned.length).toBeGreaterThan(0);
    for (const { guid, bridge } of warned) {
      const histogram = ok(await get(`api/v2/deployments/${guid}/components/${bridge.component}/warnings`), warningHistogram);
      expect(histogram.items.reduce((n, b) => n + b.count, 0)).toBe(bridge.warningCount);
    }
  });
});
