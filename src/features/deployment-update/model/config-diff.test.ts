import { describe, expect, it } from 'vitest';
import { config } from '../test-support/fixtures';
import { compareConfigs, describeChanges } from './config-diff';

describe('compareConfigs', () => {
  it('marks only the settings that differ', () => {
    const rows = compareConfigs(config('2.3.0'), config('2.2.0'));
    expect(rows.filter((r) => r.changed).map((r) => [r.label, r.a, r.b])).toEqual([
      ['navigation/navigation image', 'acme/navigation:2.3.0', 'acme/navigation:2.2.0'],
      ['navigation/localization image', 'acme/localization:2.3.0', 'acme/localization:2.2.0'],
    ]);
    expect(rows.find((r) => r.label === 'navigation restart policy')).toMatchObject({ a: 'Always', changed: false });
  });

  it('shows a setting one side lacks as a dash', () => {
    const rows = compareConfigs(config('1'), config('1', { labels: { site: 'osaka-dc1', tier: 'edge' } }));
    expect(rows.find((r) => r.label === 'Label tier')).toMatchObject({ a: '—', b: 'edge', changed: true });
  });
});

describe('describeChanges', () => {
  it('covers labels, placement, restart policy, dependencies, volumes and network', () => {
    const before = config('1');
    const after = config('1', {
      labels: { site: 'kobe' },
      routedNetwork: { guid: 'n', name: 'cloud-net' },
      dependencies: [{ guid: 'd', name: 'map-server' }],
      volumes: [{ disk: { guid: 'k', name: 'maps' }, component: 'navigation', mountPath: '/data' }],
      components: [{ name: 'navigation', restart: 'never', executables: [{ name: 'navigation', image: 'acme/navigation', tag: '1' }] }],
    });
    expect(describeChanges(before, after)).toEqual([
      'navigation placement: Device warehouse-amr-01 → Cloud',
      'navigation restart policy: Always → Never',
      'navigation/localization image: acme/localization:1 → —',
      'Label site: osaka-dc1 → kobe',
      'Routed network: None → cloud-net',
      'Dependencies: None → map-server',
      'Volumes: None → maps on navigation at /data',
    ]);
  });

  it('names only the tags when an image gets a new tag', () => {
    expect(describeChanges(config('2.3.0'), config('2.2.0'))).toEqual([
      'navigation/navigation tag: 2.3.0 → 2.2.0',
      'navigation/localization tag: 2.3.0 → 2.2.0',
    ]);
  });

  it('is empty for identical snapshots', () => {
    expect(describeChanges(config('1'), config('1'))).toEqual([]);
  });
});
