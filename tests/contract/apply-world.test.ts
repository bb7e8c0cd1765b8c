// The world as exported, applied again to the same world: every document reads, orders and compares equal to what
// the platform serves, so the plan is all Unchanged (the codec's toPlatform…, the checks and the diff agree).
import { describe, expect, it } from 'vitest';
import { deviceList, diskList, networkList } from '../../src/api/contract';
import { documentsOf } from '../../src/api/manifests/platform-documents';
import type { ManifestGateway } from '../../src/api/manifests/gateway-types';
import { manifestFile } from '../../src/components/export-manifest/manifest-file';
import { planApply } from '../../src/features/apply-manifests/apply-plan';
import { checkManifests } from '../../src/features/apply-manifests/manifest-checks';
import { inApplyOrder } from '../../src/lib/world-order';
import { get, ok, setupMockPlatform, deploymentsAt, packagesAt } from './harness';

setupMockPlatform();

async function served() {
  return {
    Secret: [],
    Device: ok(await get('api/v2/devices?limit=500'), deviceList).items,
    Disk: ok(await get('api/v2/disks?limit=500'), diskList).items,
    Network: ok(await get('api/v2/networks?limit=500'), networkList).items,
    Package: (await packagesAt('api/v2/packages?limit=500')).items,
    Deployment: (await deploymentsAt('api/v2/deployments?limit=500')).items,
  };
}

describe('the exported world applied to itself', () => {
  it('is one file the checks take whole, in order, and all Unchanged', async () => {
    const byKind = documentsOf(await served());
    const file = manifestFile(inApplyOrder(byKind));
    const checked = checkManifests([{ name: 'world.yaml', text: file }]);
    expect(checked.problems).toEqual([]);
    expect(checked.ordered.length).toBeGreaterThan(20);
    const gateway: ManifestGateway = {
      updatable: ['Secret'],
      normalize: (_kind, body) => body,
      find: (kind, names) => {
        const found = new Map<string, unknown[]>();
        for (const doc of byKind[kind]) {
          const name = String((doc['metadata'] as { name: string }).name);
          if (names.includes(name)) found.set(name, [...(found.get(name) ?? []), doc]);
        }
        return Promise.resolve(found);
      },
      create: () => Promise.reject(new Error('nothing is created')),
      update: () => Promise.reject(new Error('nothing is updated')),
    };
    const plan = await planApply(checked, gateway);
    expect(plan.problems).toEqual([]);
    expect(plan.rows.filter((r) => r.action !== 'Unchanged').map((r) => `${r.key}: ${r.message}`)).toEqual([]);
  });
});
