import { describe, expect, it } from 'vitest';
import type { PackageResource } from '../../api';
import { buildTargets } from './build-targets';

const build = (tag: string, pushedAt: string, replacedAt?: string) => ({ tag, sizeMB: 1, pushedAt, available: true, ...(replacedAt ? { replacedAt } : {}) });

const pkg = {
  metadata: { guid: 'pkg-1', name: 'nav', version: 'v1.0.0' },
  spec: {
    components: [
      {
        name: 'navigation',
        executables: [
          { name: 'planner', type: 'docker', builds: [build('1.0', '2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'), build('2.0', '2026-01-05T00:00:00Z'), build('1.0', '2026-02-01T00:00:00Z')] },
          { name: 'ota', type: 'preInstalled', builds: [] },
        ],
      },
    ],
  },
} as unknown as PackageResource;

describe('buildTargets', () => {
  it('offers each docker executable with the tags its image has now, newest first', () => {
    expect(buildTargets([pkg])).toEqual([
      { packageId: 'pkg-1', component: 'navigation', executable: 'planner', value: 'pkg-1/navigation/planner', label: 'nav v1.0.0 · navigation/planner', tags: ['1.0', '2.0'] },
    ]);
  });
});
