// Internal errors over HTTP: a platform part fails through the faults endpoint, is listed by GET
// /api/simulator/parts and is restarted there; and a deployment forced onto a device of another architecture is
// accepted and fails to start with DEP_E162.
import { describe, expect, it } from 'vitest';
import { deviceList, faultResult, networkList, partList } from '../../src/api/contract';
import { getDeployment } from './fixtures';
import { advanceUntil, failed, get, ok, post, setupMockPlatform, deploymentOf, deploymentsAt, packagesAt } from './harness';

setupMockPlatform();

const deploymentNamed = async (name: string) => {
  const found = (await deploymentsAt(`api/v2/deployments?name=${name}`)).items[0];
  if (!found) throw new Error(`no deployment ${name}`);
  return found;
};

describe('platform parts', () => {
  it('a cloud bridge executable that stops is listed, its bridge reads error with DEP_E303, and a restart cures it', async () => {
    const nav = await deploymentNamed('nav-amr-01');
    const body = { part: 'cloud-bridge', deploymentId: nav.metadata.guid, component: 'navigation' };
    ok(await post('api/simulator/faults', { kind: 'part-failure', ...body }), faultResult, 202);
    const parts = ok(await get('api/simulator/parts'), partList).items;
    expect(parts).toEqual([expect.objectContaining({ part: 'cloud-bridge', code: 'DEP_E303', deployment: { guid: nav.metadata.guid, name: 'nav-amr-01' }, component: 'navigation' })]);
    const broken = await getDeployment(nav.metadata.guid);
    expect(broken.status.error_codes).toContain('DEP_E303');
    expect(broken.status.cloudBridges[0]).toMatchObject({ routingStatus: 'error', error_code: 'DEP_E303' });
    ok(await post('api/simulator/faults', { kind: 'part-restart', ...body }), faultResult, 202);
    expect(ok(await get('api/simulator/parts'), partList).items).toEqual([]);
    expect((await getDeployment(nav.metadata.guid)).status.cloudBridges[0]?.routingStatus).toBe('running');
  });

  it('refuses a part fault without its target, naming the field, and a restart of a part that runs', async () => {
    const refused = failed(await post('api/simulator/faults', { kind: 'part-failure', part: 'replicas' }), 422);
    expect(refused).toMatchObject({ code: 'invalid-fault', field: 'deploymentId' });
    expect(failed(await post('api/simulator/faults', { kind: 'part-failure', part: 'printer' }), 400).field).toBe('part');
    expect(failed(await post('api/simulator/faults', { kind: 'part-restart', part: 'control-plane' }), 422).code).toBe('invalid-fault');
  });
});

describe('DEP_E162 from a forced deployment', () => {
  it('accepts nav-stack on an arm64 device and fails it to start with DEP_E162 (ArchitectureMismatch)', async () => {
    const pkg = (await packagesAt('api/v2/packages?name=nav-stack')).items[0];
    const picker = ok(await get('api/v2/devices'), deviceList).items.find((d) => d.metadata.name === 'picker-arm-01');
    const net = ok(await get('api/v2/networks?name=cloud-routed-net'), networkList).items[0];
    if (!pkg || !picker || !net) throw new Error('fixture');
    const created = (await deploymentOf(await post('api/v2/deployments', {
        metadata: { name: 'forced-arm', depends: { kind: 'package', nameOrGUID: pkg.metadata.guid } },
        spec: { rosNetworks: [{ depends: { kind: 'network', nameOrGUID: net.metadata.guid } }], components: { navigation: { device: { depends: { kind: 'device', nameOrGUID: picker.metadata.guid } } } } },
      }), 201));
    expect(await advanceUntil(async () => (await getDeployment(created.metadata.guid)).status.phase === 'FailedToStart')).toBe(true);
    const d = await getDeployment(created.metadata.guid);
    expect(d.status.error_codes).toEqual(['DEP_E162']);
    expect(Object.values(d.status.executables_status).every((e) => e.reason === 'ArchitectureMismatch')).toBe(true);
  });
});
