// The cures over HTTP: re-onboarding a device (operators only), the deployments on a routed network, an alias
// checked by the platform's naming rule, and a clash that names the other side.
import { describe, expect, it } from 'vitest';
import { deviceList, deviceResource, faultResult, networkList } from '../../src/api/contract';
import { getDeployment } from './fixtures';
import { advanceUntil, failed, get, ok, post, setupMockPlatform, switchToRole, deploymentOf, deploymentsAt, packagesAt } from './harness';

setupMockPlatform();

const device = async (name: string) => {
  const found = ok(await get('api/v2/devices'), deviceList).items.find((d) => d.metadata.name === name);
  if (!found) throw new Error(`no device ${name}`);
  return found;
};
const network = async (name: string) => ok(await get(`api/v2/networks?name=${name}`), networkList).items[0]?.metadata.guid ?? name;
const fleetPackage = async () => (await packagesAt('api/v2/packages?name=fleet-manager')).items[0]?.metadata.guid ?? 'fleet-manager';
const deployFleet = async (name: string, alias?: string) =>
  post('api/v2/deployments', {
    metadata: { name, depends: { kind: 'package', nameOrGUID: await fleetPackage() } },
    spec: {
      rosNetworks: [{ depends: { kind: 'network', nameOrGUID: await network('cloud-routed-net') } }],
      ...(alias === undefined ? {} : { components: { 'fleet-core': { alias } } }),
    },
  });

describe('POST /api/simulator/devices/:id/reonboard', () => {
  it('takes the device offline, reinstalls the platform software and brings it back (202 with the device)', async () => {
    const amr = await device('warehouse-amr-01');
    const id = amr.metadata.guid;
    ok(await post('api/simulator/faults', { kind: 'remove-bridge-library', deviceId: id, library: 'transport' }), faultResult, 202);
    const reply = ok(await post(`api/simulator/devices/${id}/reonboard`), deviceResource, 202);
    expect(reply.status).toMatchObject({ status: 'OFFLINE', reonboarding: true });
    expect(await advanceUntil(async () => (await device('warehouse-amr-01')).status.status === 'ONLINE')).toBe(true);
    const back = await device('warehouse-amr-01');
    expect(back.status.bridgeLibraries).toEqual({ compression: true, transport: true, actionlib: true });
    expect(back.status.reonboarding).toBeUndefined();
  });

  it('addresses the device by name too, and refuses an unknown one (404) or one that is offline (409)', async () => {
    ok(await post('api/simulator/devices/warehouse-amr-02/reonboard'), deviceResource, 202);
    expect(failed(await post('api/simulator/devices/no-such-device/reonboard'), 404).code).toBe('unknown-device');
    const offline = await device('rpi-sensor-02');
    expect(offline.status.status).toBe('OFFLINE');
    expect(failed(await post(`api/simulator/devices/${offline.metadata.guid}/reonboard`), 409).code).toBe('device-offline');
  });

  it('is refused to a viewer with 403 problem+json, unlike the faults', async () => {
    await switchToRole('viewer');
    expect(failed(await post('api/simulator/devices/warehouse-amr-01/reonboard'), 403).code).toBe('forbidden');
    expect((await device('warehouse-amr-01')).status.status).toBe('ONLINE');
  });
});

describe('aliases and clashes on a routed network', () => {
  it('lists the deployments routed through a network (?network=, by id or name)', async () => {
    const byName = (await deploymentsAt('api/v2/deployments?network=cloud-routed-net&limit=500')).items;
    const byId = (await deploymentsAt(`api/v2/deployments?network=${await network('cloud-routed-net')}&limit=500`)).items;
    expect(byName.map((d) => d.metadata.name)).toContain('fleet-manager-prod');
    expect(byName.map((d) => d.metadata.name)).not.toContain('vision-line-2');
    expect(byId).toEqual(byName);
  });

  it('refuses an alias that breaks the naming rule, naming the field', async () => {
    const problem = failed(await deployFleet('fleet-bad-alias', '2-fleet core'), 422);
    expect(problem).toMatchObject({ code: 'invalid-name', field: 'spec.components.fleet-core.alias' });
  });

  it('accepts a duplicate alias when asked for one, and the bridge names the deployment it clashes with (DEP_E176)', async () => {
    const dep = (await deploymentOf(await deployFleet('fleet-duplicate', 'fleet-core'), 201));
    expect(await advanceUntil(async () => (await getDeployment(dep.metadata.guid)).status.phase === 'Succeeded')).toBe(true);
    const after = await getDeployment(dep.metadata.guid);
    expect(after.status.error_codes).toEqual(['DEP_E176']);
    expect(after.status.cloudBridges[0]?.conflict).toMatchObject({ deployment: { name: 'fleet-manager-prod' }, component: 'fleet-core', alias: 'fleet-core' });
  });

  it('runs a second fleet manager on the network under another alias', async () => {
    const dep = (await deploymentOf(await deployFleet('fleet-second', 'fleet-core-2'), 201));
    expect(await advanceUntil(async () => (await getDeployment(dep.metadata.guid)).status.status === 'Running')).toBe(true);
    expect((await getDeployment(dep.metadata.guid)).spec.components[0]?.alias).toBe('fleet-core-2');
  });
});
