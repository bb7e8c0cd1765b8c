// Who may do what, over HTTP: a viewer reads everything and may drive the simulator (the test harness), but every
// change to the platform is refused with 403 problem+json `forbidden`, whatever the body or the id.
import { describe, expect, it } from 'vitest';
import { diskResource, networkResource, userResource } from '../../src/api/contract';
import { cloudPackageBody, createCloudPackage, deployBody, deployCloud, untilRunning, unique } from './fixtures';
import { advance, call, failed, get, ok, post, put, setupMockPlatform, status, switchToRole } from './harness';

setupMockPlatform();

interface World {
  packageId: string;
  deploymentId: string;
  networkId: string;
  diskId: string;
}

/** One of each resource, made by the operator, for the viewer to try to change. */
async function stageWorld(): Promise<World> {
  const dep = await deployCloud();
  await untilRunning(dep.metadata.guid);
  const pkg = await createCloudPackage();
  const net = ok(await post('api/v2/networks', { metadata: { name: unique('roles-net') }, spec: { runtime: 'cloud', rosDistro: 'noetic' } }), networkResource, 201);
  const disk = ok(await post('api/v2/disks', { metadata: { name: unique('roles-disk') }, spec: { capacity: 8 } }), diskResource, 201);
  return { packageId: pkg.metadata.guid, deploymentId: dep.metadata.guid, networkId: net.metadata.guid, diskId: disk.metadata.guid };
}

/** Every mutating endpoint of the v2 API, with a request an operator could make succeed. */
const changes = (w: World): [method: string, path: string, body?: unknown][] => [
  ['POST', 'api/v2/packages', cloudPackageBody(unique('roles-pkg'))],
  ['DELETE', `api/v2/packages/${w.packageId}`],
  ['POST', 'api/v2/deployments', deployBody(w.packageId)],
  ['PATCH', `api/v2/deployments/${w.deploymentId}`, { components: [{ name: 'web' }] }],
  ['POST', `api/v2/deployments/${w.deploymentId}/rollback`, { generation: 1 }],
  ['DELETE', `api/v2/deployments/${w.deploymentId}`],
  ['POST', 'api/v2/networks', { metadata: { name: unique('roles-net') }, spec: { runtime: 'cloud', rosDistro: 'noetic' } }],
  ['DELETE', `api/v2/networks/${w.networkId}`],
  ['POST', 'api/v2/disks', { metadata: { name: unique('roles-disk') }, spec: { capacity: 8 } }],
  ['DELETE', `api/v2/disks/${w.diskId}`],
];

/** The same endpoints with a broken body or an unknown id: a viewer learns nothing from the answer but 403. */
const broken: [method: string, path: string, raw?: string][] = [
  ['POST', 'api/v2/packages', '{'],
  ['DELETE', 'api/v2/packages/pkg-nope'],
  ['POST', 'api/v2/deployments', '{}'],
  ['PATCH', 'api/v2/deployments/dep-nope', '[]'],
  ['POST', 'api/v2/deployments/dep-nope/rollback', '{"generation":"one"}'],
  ['DELETE', 'api/v2/deployments/dep-nope'],
  ['POST', 'api/v2/networks', ''],
  ['DELETE', 'api/v2/networks/net-nope'],
  ['POST', 'api/v2/disks', '{"spec":{"capacity":-1}}'],
  ['DELETE', 'api/v2/disks/disk-nope'],
];

const expectForbidden = async (method: string, path: string, body?: unknown, raw?: string) => {
  const problem = failed(await call(method, path, body, raw), 403);
  expect(problem, `${method} ${path}`).toMatchObject({ status: 403, title: 'Forbidden', code: 'forbidden' });
  expect(problem.detail, `${method} ${path}`).toMatch(/^.+ is a viewer and cannot change the platform$/);
};

/** What a viewer could have changed, to compare before and after. */
const snapshot = async () =>
  JSON.stringify(await Promise.all(['packages', 'deployments?phases=all&limit=500', 'networks?phases=all', 'disks'].map(async (p) => (await get(`api/v2/${p}`)).body)));

describe('a viewer', () => {
  it('is refused every change with 403 problem+json, and nothing changes', async () => {
    const world = await stageWorld();
    await switchToRole('viewer');
    const before = await snapshot();
    for (const [method, path, body] of changes(world)) await expectForbidden(method, path, body);
    expect(await snapshot()).toBe(before);
  });

  it('is refused before the request is read: a broken body or an unknown id still answers 403', async () => {
    await switchToRole('viewer');
    for (const [method, path, raw] of broken) await expectForbidden(method, path, undefined, raw);
  });

  it('reads everything and drives the simulator', async () => {
    const world = await stageWorld();
    await switchToRole('viewer');
    expect(ok(await get('api/v2/me'), userResource).spec.role).toBe('viewer');
    for (const path of ['api/v2/packages', 'api/v2/deployments', `api/v2/deployments/${world.deploymentId}/history`, 'api/v2/devices', 'api/v2/networks', 'api/v2/disks']) {
      expect((await get(path)).status, path).toBe(200);
    }
    const before = Date.parse((await status()).now);
    expect(Date.parse((await advance(60_000)).now)).toBe(before + 60_000);
    const operator = (await status()).users.find((u) => u.spec.role === 'operator')!;
    expect(ok(await put('api/simulator/user', { userId: operator.metadata.guid }), userResource).spec.role).toBe('operator');
  });
});

describe('an operator', () => {
  it('gets the usual answers to the same broken requests (400 or 404), so only the role made them 403', async () => {
    for (const [method, path, raw] of broken) {
      const reply = await call(method, path, undefined, raw);
      expect([400, 404], `${method} ${path} → ${reply.status}`).toContain(reply.status);
    }
  });
});
