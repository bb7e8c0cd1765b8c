// A cloud volume is a running volume deployment: creating a disk creates it, the disk is usable only while it runs,
// the deployments list shows it only with `volumeDeployments=true`, and deleting the disk deprovisions it.
import { describe, expect, it } from 'vitest';
import { diskResource } from '../../src/api/contract';
import { deployBody, unique } from './fixtures';
import { advanceUntil, del, failed, get, ok, post, setupMockPlatform, deploymentOf, deploymentsAt, packagesAt } from './harness';

setupMockPlatform();

const getDisk = async (guid: string) => ok(await get(`api/v2/disks/${guid}`), diskResource);
const listed = async (query = '') => (await deploymentsAt(`api/v2/deployments?limit=500${query}`)).items.map((d) => d.metadata.guid);

async function availableDisk() {
  const created = ok(await post('api/v2/disks', { metadata: { name: unique('vol') }, spec: { capacity: 8 } }), diskResource, 201);
  await advanceUntil(async () => (await getDisk(created.metadata.guid)).status.status === 'Available');
  return getDisk(created.metadata.guid);
}

describe('volume deployments', () => {
  it('a created disk names its volume deployment, Pending with the reason until that runs, then Available', async () => {
    const created = ok(await post('api/v2/disks', { metadata: { name: 'vol-contract' }, spec: { capacity: 8 } }), diskResource, 201);
    expect(created.status).toMatchObject({
      status: 'Pending',
      volumeDeployment: { guid: created.metadata.guid.replace('disk-', 'dep-'), name: 'vol-contract', phase: 'InProgress' },
      reason: expect.stringContaining('its volume deployment vol-contract is not running') as unknown,
    });
    const disk = await availableDisk();
    expect(disk.status.volumeDeployment).toMatchObject({ phase: 'Succeeded', status: 'Running' });
    expect(disk.status.reason).toBeUndefined();
    const volumeDeployment = (await deploymentOf(await get(`api/v2/deployments/${disk.status.volumeDeployment?.guid ?? ''}`)));
    expect(volumeDeployment.metadata.depends).toMatchObject({ nameOrGUID: 'io-public-persistent-volume' });
    const byName = (await deploymentOf(await get(`api/v2/deployments/${disk.status.volumeDeployment?.name ?? ''}/`)));
    expect(byName.metadata.guid).toBe(volumeDeployment.metadata.guid);
  });

  it('the deployments list leaves volume deployments out unless volumeDeployments=true', async () => {
    const disk = await availableDisk();
    const guid = disk.status.volumeDeployment?.guid ?? '';
    expect(await listed()).not.toContain(guid);
    expect(await listed('&volumeDeployments=false')).not.toContain(guid);
    expect(await listed('&volumeDeployments=true')).toContain(guid);
    expect(await listed('&volumeDeployments=true&package=io-public-persistent-volume')).toContain(guid);
    expect(failed(await get('api/v2/deployments?volumeDeployments=yes'), 400).field).toBe('volumeDeployments');
  });

  it('deprovisioning the volume deployment fails the disk with the reason; a deployment then cannot mount it', async () => {
    const disk = await availableDisk();
    (await deploymentOf(await del(`api/v2/deployments/${disk.status.volumeDeployment?.guid ?? ''}`)));
    const failedDisk = await getDisk(disk.metadata.guid);
    expect(failedDisk.status).toMatchObject({ status: 'Failed', reason: expect.stringContaining('is not running') as unknown });
    const pkgs = (await packagesAt('api/v2/packages?name=telemetry-collector')).items;
    const body = deployBody(pkgs[0]?.metadata.guid ?? '', unique('mounting'), {
      volumes: [{ component: 'collector', mountPath: '/data', depends: { kind: 'disk', nameOrGUID: disk.metadata.guid } }],
    });
    const refused = failed(await post('api/v2/deployments', body), 409);
    expect(refused).toMatchObject({ code: 'volume-not-available', field: 'spec.volumes.0.depends.nameOrGUID' });
    expect(refused.detail).toContain('its volume deployment');
  });

  it('deleting a disk deprovisions its volume deployment; a bound disk is refused', async () => {
    const bound = (await getDisk('telemetry-data')).status;
    expect(bound.status).toBe('Bound');
    expect(failed(await del('api/v2/disks/telemetry-data'), 409).code).toBe('volume-bound');
    const disk = await availableDisk();
    ok(await del(`api/v2/disks/${disk.metadata.guid}`), diskResource);
    const phase = async () => (await deploymentOf(await get(`api/v2/deployments/${disk.status.volumeDeployment?.guid ?? ''}`))).status.phase;
    expect(await advanceUntil(async () => (await phase()) === 'Stopped', 1000, 60_000)).toBe(true);
    expect(failed(await get(`api/v2/disks/${disk.metadata.guid}`), 404).code).toBe('unknown-volume');
  });
});
