// The package, network and disk lists as the platform's SDK (v2) asks for them, and a package read by `?version=`.
import { describe, expect, it } from 'vitest';
import { deviceResource, diskList, diskResource, networkList, networkResource, servedPackage, servedPackageList } from '../../src/api/contract';
import { createPackageVersions, unique } from './fixtures';
import { advanceUntil, del, failed, get, ok, post, setupMockPlatform, packageOf, packagesAt } from './harness';

setupMockPlatform();

/** Follows `metadata.continue` from offset 0, as the SDK's paginator does; returns the names and the offsets seen. */
type ListSchema = typeof servedPackageList | typeof networkList | typeof diskList;

async function walk(path: string, schema: ListSchema) {
  const names: string[] = [];
  const offsets: (number | undefined)[] = [];
  let next: number | undefined = 0;
  do {
    const page: { items: { metadata: { name: string } }[]; metadata: { continue?: number } } = ok(await get(`${path}&limit=2&continue=${next}`), schema);
    names.push(...page.items.map((i) => i.metadata.name));
    next = page.metadata.continue;
    offsets.push(next);
  } while (next !== undefined);
  return { names, offsets };
}

const VERSIONS = ['v1.0.0', 'v1.1.0', 'v1.2.0', 'v2.0.0', 'v2.1.0'];

describe('SDK list filters of packages', () => {
  const versionsIn = async (query: string) => (await packagesAt(`api/v2/packages/?${query}`)).items.map((p) => `${p.metadata.name}@${p.metadata.version}`);

  it('name, names, guids and version narrow the catalog', async () => {
    const name = unique('catalog');
    const other = unique('catalog');
    const [first] = await createPackageVersions(name, VERSIONS.slice(0, 2));
    await createPackageVersions(other, ['v1.0.0']);
    expect(await versionsIn(`name=${name}`)).toEqual([`${name}@v1.0.0`, `${name}@v1.1.0`]);
    expect(await versionsIn(`names=${name}&names=${other}&version=v1.0.0`)).toEqual([`${name}@v1.0.0`, `${other}@v1.0.0`]);
    expect(await versionsIn(`guids=${first!.metadata.guid}`)).toEqual([`${name}@v1.0.0`]);
    expect(await versionsIn(`name=${name}&version=v9.0.0`)).toEqual([]);
    expect(await versionsIn('name=no-such-package')).toEqual([]);
  });

  it('labelSelector and regions: catalog packages carry no labels and run in jp', async () => {
    const name = unique('catalog');
    await createPackageVersions(name, ['v1.0.0']);
    expect(await versionsIn(`name=${name}&labelSelector=!team&regions=jp`)).toEqual([`${name}@v1.0.0`]);
    expect(await versionsIn(`name=${name}&labelSelector=team=contract`)).toEqual([]);
    expect(await versionsIn(`name=${name}&regions=us`)).toEqual([]);
  });

  it('pages over three pages; without a limit the whole catalog comes back', async () => {
    const name = unique('catalog');
    await createPackageVersions(name, VERSIONS);
    const { names, offsets } = await walk(`api/v2/packages/?name=${name}`, servedPackageList);
    expect(offsets).toEqual([2, 4, undefined]);
    expect(names).toEqual(Array(5).fill(name));
    const whole = (await packagesAt('api/v2/packages'));
    expect(whole.items).toHaveLength(whole.metadata.total);
    expect(whole.metadata.continue).toBeUndefined();
  });

  it.each([
    ['name', ''],
    ['version', ' '],
    ['labelSelector', 'team=a,=b'],
    ['names', ','],
    ['regions', 'mars'],
    ['limit', '0'],
    ['continue', 'next'],
  ])('%s=%s answers 400 naming the parameter', async (name, value) => {
    expect(failed(await get(`api/v2/packages/?${name}=${encodeURIComponent(value)}`), 400)).toMatchObject({ code: 'invalid-query', field: name });
  });
});

describe('a package by name and version', () => {
  it('GET and DELETE take ?version=; an unknown version names the versions there are', async () => {
    const name = unique('catalog');
    const [v1, v2] = await createPackageVersions(name, ['v1.0.0', 'v2.0.0']);
    expect((await packageOf(await get(`api/v2/packages/${name}/?version=v1.0.0`))).metadata.guid).toBe(v1!.metadata.guid);
    expect((await packageOf(await get(`api/v2/packages/${name}`))).metadata.guid).toBe(v2!.metadata.guid);
    const p = failed(await get(`api/v2/packages/${name}?version=v3.0.0`), 404);
    expect(p).toMatchObject({ code: 'unknown-package-version', field: 'version' });
    expect(p.detail).toContain('v1.0.0, v2.0.0');
    expect(failed(await get('api/v2/packages/no-such-package?version=v1.0.0'), 404).code).toBe('unknown-package');
    ok(await del(`api/v2/packages/${name}?version=v1.0.0`), servedPackage);
    expect((await packagesAt(`api/v2/packages?name=${name}`)).items.map((i) => i.metadata.version)).toEqual(['v2.0.0']);
    expect(failed(await get(`api/v2/packages/${name}?version=`), 400).field).toBe('version');
  });
});

describe('SDK list filters of networks', () => {
  const createNetworks = async (count: number) => {
    const names = Array.from({ length: count }, () => unique('filtered-net'));
    for (const name of names) ok(await post('api/v2/networks', { metadata: { name }, spec: { runtime: 'cloud', rosDistro: 'noetic' } }), networkResource, 201);
    return names;
  };
  const namesIn = async (query: string) => ok(await get(`api/v2/networks/?${query}`), networkList).items.map((n) => n.metadata.name).sort();

  it('names, phases, status, networkType, labelSelector and regions', async () => {
    const [a, b, c] = await createNetworks(3);
    const ours = `names=${a}&names=${b}&names=${c}`;
    await advanceUntil(async () => (await namesIn(`${ours}&phases=Succeeded&status=Running`)).length === 3);
    expect(await namesIn(`${ours}&phases=Succeeded&phases=Provisioning&status=Running`)).toEqual([a, b, c].sort());
    expect(await namesIn(`names=${a},${b}&networkType=routed&regions=jp&labelSelector=!team`)).toEqual([a, b].sort());
    expect(await namesIn(`name=${a}`)).toEqual([a]);
    expect(await namesIn(`${ours}&phases=FailedToStart`)).toEqual([]);
    expect(await namesIn(`${ours}&status=Error`)).toEqual([]);
    expect(await namesIn(`${ours}&networkType=native`)).toEqual([]);
    expect(await namesIn(`${ours}&regions=us`)).toEqual([]);
    expect(await namesIn(`${ours}&labelSelector=team=contract`)).toEqual([]);
  });

  it('deviceName: device networks on that device; Stopped only when phases asks for it', async () => {
    const all = ok(await get('api/v2/networks'), networkList).items;
    const lan = all.find((n) => n.spec.runtime === 'device')!;
    const device = ok(await get(`api/v2/devices/${lan.spec.depends!.nameOrGUID}`), deviceResource);
    expect(await namesIn(`deviceName=${encodeURIComponent(device.metadata.name)}`)).toEqual([lan.metadata.name]);
    expect(await namesIn('deviceName=no-such-device')).toEqual([]);
    const [gone] = await createNetworks(1);
    const net = ok(await get(`api/v2/networks/${gone}`), networkResource);
    await advanceUntil(async () => ok(await get(`api/v2/networks/${net.metadata.guid}`), networkResource).status.phase === 'Succeeded');
    ok(await del(`api/v2/networks/${net.metadata.guid}`), networkResource);
    await advanceUntil(async () => (await namesIn(`name=${gone}`)).length === 0);
    expect(await namesIn(`name=${gone}&phases=Stopped`)).toEqual([gone]);
    expect(await namesIn(`name=${gone}&phases=all`)).toEqual([gone]);
  });

  it('pages over three pages', async () => {
    const created = await createNetworks(5);
    const { names, offsets } = await walk(`api/v2/networks/?names=${created.join(',')}`, networkList);
    expect(offsets).toEqual([2, 4, undefined]);
    expect(names.sort()).toEqual(created.sort());
  });

  it('a bad phase names the value and the phases there are; other bad values name their parameter', async () => {
    const p = failed(await get('api/v2/networks/?phases=Sleeping'), 400);
    expect(p).toMatchObject({ code: 'invalid-query', field: 'phases' });
    expect(p.detail).toMatch(/"Sleeping".*InProgress.*Succeeded.*Stopped/);
    for (const [name, value] of [['status', 'Sleeping'], ['networkType', 'vpn'], ['deviceName', ''], ['names', 'a,'], ['limit', '-2']]) {
      expect(failed(await get(`api/v2/networks/?${name}=${value}`), 400)).toMatchObject({ code: 'invalid-query', field: name });
    }
  });
});

describe('SDK list filters of disks', () => {
  const createDisks = async (count: number) => {
    const disks = [];
    for (let i = 0; i < count; i++) disks.push(ok(await post('api/v2/disks', { metadata: { name: unique('filtered-disk') }, spec: { capacity: 8 } }), diskResource, 201));
    return disks;
  };
  const namesIn = async (query: string) => ok(await get(`api/v2/disks/?${query}`), diskList).items.map((d) => d.metadata.name).sort();

  it('names, guids, status, labelSelector and regions', async () => {
    const [a, b, c] = await createDisks(3);
    const ours = `names=${a!.metadata.name}&names=${b!.metadata.name}&names=${c!.metadata.name}`;
    expect(await namesIn(`${ours}&status=Pending`)).toHaveLength(3);
    await advanceUntil(async () => (await namesIn(`${ours}&status=Available`)).length === 3);
    expect(await namesIn(`${ours}&status=Available,Bound&regions=jp&labelSelector=!team`)).toHaveLength(3);
    expect(await namesIn(`guids=${a!.metadata.guid}&guids=${c!.metadata.guid}`)).toEqual([a!.metadata.name, c!.metadata.name].sort());
    expect(await namesIn(`${ours}&status=Bound`)).toEqual([]);
    expect(await namesIn(`${ours}&regions=us`)).toEqual([]);
    expect(await namesIn(`name=${b!.metadata.name}&labelSelector=tier`)).toEqual([]);
  });

  it('pages over three pages', async () => {
    const created = (await createDisks(5)).map((d) => d.metadata.name);
    const { names, offsets } = await walk(`api/v2/disks/?names=${created.join(',')}`, diskList);
    expect(offsets).toEqual([2, 4, undefined]);
    expect(names.sort()).toEqual(created.sort());
  });

  it('a bad status names the value and the statuses there are', async () => {
    const p = failed(await get('api/v2/disks/?status=Lost'), 400);
    expect(p).toMatchObject({ code: 'invalid-query', field: 'status' });
    expect(p.detail).toMatch(/"Lost".*Pending, Available, Bound, Released, Failed/);
    expect(failed(await get('api/v2/disks/?labelSelector=a%20b'), 400).field).toBe('labelSelector');
  });
});
