import { describe, expect, it } from 'vitest';
import { deviceList, deviceResource, diskList, diskResource, networkList, networkResource, userResource } from '../../src/api/contract';
import { unique } from './fixtures';
import { advanceUntil, call, del, failed, get, ok, post, switchToRole, setupMockPlatform } from './harness';

setupMockPlatform();

const networkBody = (name = unique('net')) => ({ metadata: { name }, spec: { runtime: 'cloud', rosDistro: 'noetic' } });
const diskBody = (name = unique('disk'), capacity = 8) => ({ metadata: { name }, spec: { capacity } });

describe('devices', () => {
  it('lists devices and gets one by id and by name', async () => {
    const list = ok(await get('api/v2/devices'), deviceList);
    expect(list.items.length).toBeGreaterThan(0);
    const first = list.items[0]!;
    expect(ok(await get(`api/v2/devices/${first.metadata.guid}`), deviceResource)).toEqual(first);
    expect(ok(await get(`api/v2/devices/${encodeURIComponent(first.metadata.name)}`), deviceResource).metadata.guid).toBe(first.metadata.guid);
    expect(failed(await get('api/v2/devices/no-such-device'), 404).code).toBe('unknown-device');
  });
});

describe('routed networks', () => {
  it('creates a cloud network that comes up, lists, gets and deletes it', async () => {
    const reply = await post('api/v2/networks', networkBody());
    const net = ok(reply, networkResource, 201);
    expect(net.metadata.guid).toMatch(/^net-/);
    expect(net.spec).toMatchObject({ type: 'routed', runtime: 'cloud', rosDistro: 'noetic' });
    expect(reply.headers.get('location')).toMatch(new RegExp(`/api/v2/networks/${net.metadata.guid}$`));
    const up = await advanceUntil(async () => ok(await get(`api/v2/networks/${net.metadata.guid}`), networkResource).status.phase === 'Succeeded');
    expect(up).toBe(true);
    expect(ok(await get('api/v2/networks'), networkList).items.map((n) => n.metadata.guid)).toContain(net.metadata.guid);
    ok(await del(`api/v2/networks/${net.metadata.guid}`), networkResource);
    await advanceUntil(async () => !ok(await get('api/v2/networks'), networkList).items.some((n) => n.metadata.guid === net.metadata.guid));
    expect(ok(await get('api/v2/networks'), networkList).items.map((n) => n.metadata.guid)).not.toContain(net.metadata.guid);
    expect(ok(await get('api/v2/networks?phases=all'), networkList).items.map((n) => n.metadata.guid)).toContain(net.metadata.guid);
  });

  it('validates the body and names the field', async () => {
    expect(failed(await post('api/v2/networks', { metadata: { name: 'n' }, spec: { runtime: 'cloud', rosDistro: 'jazzy' } }), 400).field).toBe('spec.rosDistro');
    expect(failed(await post('api/v2/networks', { spec: { runtime: 'cloud', rosDistro: 'noetic' } }), 400).field).toBe('metadata');
    expect(failed(await call('POST', 'api/v2/networks', undefined, '[1,'), 400).code).toBe('invalid-json');
  });

  it('refuses a device network without a device, with the wire field', async () => {
    const reply = await post('api/v2/networks', { metadata: { name: unique('dnet') }, spec: { runtime: 'device', rosDistro: 'noetic' } });
    expect(reply.status).toBe(422);
    expect(failed(reply, 422)).toMatchObject({ code: 'device-required', field: 'spec.depends.nameOrGUID' });
  });

  it('returns 404 for unknown networks and 403 for viewers', async () => {
    expect(failed(await get('api/v2/networks/net-nope'), 404).code).toBe('unknown-network');
    expect(failed(await del('api/v2/networks/net-nope'), 404).code).toBe('unknown-network');
    await switchToRole('viewer');
    expect(failed(await post('api/v2/networks', networkBody()), 403).code).toBe('forbidden');
  });
});

describe('disks (volumes)', () => {
  it('creates, lists, gets and deletes a disk', async () => {
    const disk = ok(await post('api/v2/disks', diskBody()), diskResource, 201);
    expect(disk.metadata.guid).toMatch(/^disk-/);
    expect(disk.spec).toEqual({ runtime: 'cloud', capacity: 8 });
    await advanceUntil(async () => ok(await get(`api/v2/disks/${disk.metadata.guid}`), diskResource).status.status === 'Available');
    expect(ok(await get(`api/v2/disks/${disk.metadata.guid}`), diskResource).status.status).toBe('Available');
    expect(ok(await get('api/v2/disks'), diskList).items.map((d) => d.metadata.guid)).toContain(disk.metadata.guid);
    ok(await del(`api/v2/disks/${disk.metadata.guid}`), diskResource);
  });

  it('validates capacity', async () => {
    expect(failed(await post('api/v2/disks', diskBody(undefined, 2.5)), 400).field).toBe('spec.capacity');
    expect(failed(await post('api/v2/disks', { metadata: { name: 'd' }, spec: {} }), 400).field).toBe('spec.capacity');
    const odd = await post('api/v2/disks', diskBody(undefined, 7));
    expect(odd.status).toBe(422);
    expect(failed(odd, 422)).toMatchObject({ code: 'invalid-capacity', field: 'spec.capacity' });
  });

  it('returns 404 for unknown disks and 403 for viewers', async () => {
    expect(failed(await get('api/v2/disks/disk-nope'), 404).code).toBe('unknown-volume');
    expect(failed(await del('api/v2/disks/disk-nope'), 404).code).toBe('unknown-volume');
    await switchToRole('viewer');
    expect(failed(await post('api/v2/disks', diskBody()), 403).code).toBe('forbidden');
  });
});

describe('current user', () => {
  it('returns the signed-in user and follows a switch', async () => {
    const me = ok(await get('api/v2/me'), userResource);
    expect(me.kind).toBe('User');
    await switchToRole('viewer');
    expect(ok(await get('api/v2/me'), userResource).spec.role).toBe('viewer');
  });
});
