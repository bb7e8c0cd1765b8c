// The deployments list as the platform's SDK (v2) asks for it: lists as repeated parameters, `labelSelector` as
// `key=value` requirements, `limit`/`continue` paging with the offset the previous page's `metadata.continue` gave.
import { describe, expect, it } from 'vitest';
import { DEPLOYMENT_PHASES } from '../../src/api/contract';
import type { DeploymentResource } from '../../src/api/contract';
import { createCloudPackage, createDevicePackage, createPackageVersions, deployBody, getDeployment, onlineDockerDevice, unique } from './fixtures';
import { advanceUntil, del, failed, get, post, setupMockPlatform, deploymentOf, deploymentsAt } from './harness';

setupMockPlatform();

interface Deployed {
  suite: string;
  pkg: string;
  web: DeploymentResource;
  db: DeploymentResource;
  other: DeploymentResource;
  onDevice: DeploymentResource;
  device: string;
}

async function deploy(pkg: string, labels: Record<string, string>, extra: { version?: string; spec?: object } = {}) {
  const body = deployBody(pkg, unique('filtered'), extra.spec);
  const metadata = { ...body.metadata, labels, depends: { ...body.metadata.depends, version: extra.version } };
  return (await deploymentOf(await post('api/v2/deployments', { ...body, metadata }), 201));
}

/** Four deployments labelled `suite=<unique>`: two versions of one package, another package, one on a device. */
async function world(): Promise<Deployed> {
  const suite = unique('suite');
  const pkg = unique('filtered-pkg');
  await createPackageVersions(pkg, ['v1.0.0', 'v2.0.0']);
  const web = await deploy(pkg, { suite, tier: 'web' }, { version: 'v1.0.0' });
  const db = await deploy(pkg, { suite, tier: 'db' }, { version: 'v2.0.0' });
  const other = await deploy((await createCloudPackage()).metadata.guid, { suite });
  const device = await onlineDockerDevice();
  const driver = await createDevicePackage(device);
  const onDevice = await deploy(driver.metadata.guid, { suite }, { spec: { components: { driver: { device: { depends: { kind: 'device', nameOrGUID: device.metadata.guid } } } } } });
  return { suite, pkg, web, db, other, onDevice, device: device.metadata.name };
}

const list = async (query: string) => (await deploymentsAt(`api/v2/deployments/?${query}`));
/** Names of the suite's deployments that match, sorted (the SDK asks for no order). */
const matching = async (w: Deployed, query: string) =>
  (await list(`labelSelector=suite=${w.suite}&limit=500&${query}`)).items.map((d) => d.metadata.name).sort();
const namesOf = (...deployments: DeploymentResource[]) => deployments.map((d) => d.metadata.name).sort();

describe('SDK list filters of deployments', () => {
  it('name and names: exact names, repeated or comma-separated; both given must hold', async () => {
    const w = await world();
    expect(await matching(w, `name=${w.web.metadata.name}`)).toEqual(namesOf(w.web));
    expect(await matching(w, `names=${w.web.metadata.name}&names=${w.db.metadata.name}`)).toEqual(namesOf(w.web, w.db));
    expect(await matching(w, `names=${w.web.metadata.name},${w.other.metadata.name}`)).toEqual(namesOf(w.web, w.other));
    expect(await matching(w, `name=${w.web.metadata.name.slice(0, -1)}`)).toEqual([]);
    expect(await matching(w, `name=${w.web.metadata.name}&names=${w.db.metadata.name}`)).toEqual([]);
  });

  it('guids: any of the ids given', async () => {
    const w = await world();
    expect(await matching(w, `guids=${w.web.metadata.guid}&guids=${w.onDevice.metadata.guid}`)).toEqual(namesOf(w.web, w.onDevice));
    expect(await matching(w, 'guids=dep-00000000000000000000')).toEqual([]);
  });

  it('labelSelector: every requirement holds, repeated or comma-separated', async () => {
    const w = await world();
    expect(await matching(w, 'labelSelector=tier=web')).toEqual(namesOf(w.web));
    expect(await matching(w, 'labelSelector=tier==db')).toEqual(namesOf(w.db));
    expect(await matching(w, 'labelSelector=tier')).toEqual(namesOf(w.web, w.db));
    expect(await matching(w, 'labelSelector=!tier')).toEqual(namesOf(w.other, w.onDevice));
    expect(await matching(w, 'labelSelector=tier!=web')).toEqual(namesOf(w.db, w.other, w.onDevice));
    expect(await matching(w, 'labelSelector=tier,tier!=web')).toEqual(namesOf(w.db));
    expect(await matching(w, 'labelSelector=tier=cache')).toEqual([]);
    const bySuiteOnly = await list(`labelSelector=suite=${w.suite}`);
    expect(bySuiteOnly.metadata.total).toBe(4);
  });

  it('packageName and packageVersion', async () => {
    const w = await world();
    expect(await matching(w, `packageName=${w.pkg}`)).toEqual(namesOf(w.web, w.db));
    expect(await matching(w, `packageName=${w.pkg}&packageVersion=v2.0.0`)).toEqual(namesOf(w.db));
    expect(await matching(w, 'packageVersion=v1.0.0')).toEqual(namesOf(w.web, w.other, w.onDevice));
    expect(await matching(w, `packageName=${w.pkg}&packageVersion=v3.0.0`)).toEqual([]);
    expect(await matching(w, 'packageName=no-such-package')).toEqual([]);
  });

  it('deviceName: deployments with a component on that device', async () => {
    const w = await world();
    expect(await matching(w, `deviceName=${encodeURIComponent(w.device)}`)).toEqual(namesOf(w.onDevice));
    expect(await matching(w, 'deviceName=no-such-device')).toEqual([]);
  });

  it('phases as repeated parameters, Stopped included only when asked for', async () => {
    const w = await world();
    (await deploymentOf(await del(`api/v2/deployments/${w.other.metadata.guid}`)));
    await advanceUntil(async () => (await getDeployment(w.other.metadata.guid)).status.phase === 'Stopped');
    const live = DEPLOYMENT_PHASES.filter((p) => p !== 'Stopped');
    expect(await matching(w, live.map((p) => `phases=${p}`).join('&'))).toEqual(namesOf(w.web, w.db, w.onDevice));
    const stoppedToo = await matching(w, [...live, 'Stopped'].map((p) => `phases=${p}`).join('&'));
    expect(stoppedToo).toEqual(namesOf(w.web, w.db, w.other, w.onDevice));
    expect(await matching(w, 'phases=FailedToUpdate')).toEqual([]);
  });

  it('regions: the simulated platform runs in jp', async () => {
    const w = await world();
    expect(await matching(w, 'regions=jp')).toEqual(namesOf(w.web, w.db, w.other, w.onDevice));
    expect(await matching(w, 'regions=us&regions=jp')).toHaveLength(4);
    expect(await matching(w, 'regions=us')).toEqual([]);
  });

  it('takes the SDK’s dependencies switch and its default paging parameters', async () => {
    const w = await world();
    const page = await list(`continue=0&limit=50&dependencies=false&labelSelector=suite=${w.suite}`);
    expect(page.items).toHaveLength(4);
    expect(page.metadata.continue).toBeUndefined();
    expect((await list(`dependencies=true&labelSelector=suite=${w.suite}`)).items).toHaveLength(4);
  });

  it('keeps the console’s own filters working beside the SDK’s', async () => {
    const w = await world();
    expect(await matching(w, 'label=tier=web')).toEqual(namesOf(w.web));
    // `package` by name is its newest version, here v2.0.0.
    expect(await matching(w, `package=${w.pkg}&labelSelector=tier=web`)).toEqual([]);
    expect(await matching(w, `package=${w.pkg}&packageVersion=v2.0.0`)).toEqual(namesOf(w.db));
    expect(await matching(w, `device=${w.onDevice.spec.components[0]?.device?.depends.nameOrGUID}&deviceName=${encodeURIComponent(w.device)}`)).toEqual(namesOf(w.onDevice));
  });
});

describe('SDK paging of deployments', () => {
  it('walks three pages with limit and continue; the last page has no continue', async () => {
    const w = await world();
    await deploy(w.pkg, { suite: w.suite });
    const seen: string[] = [];
    const offsets: (number | undefined)[] = [];
    let next: number | undefined = 0;
    do {
      const page = await list(`labelSelector=suite=${w.suite}&limit=2&continue=${next}`);
      expect(page.metadata.total).toBe(5);
      seen.push(...page.items.map((d) => d.metadata.name));
      next = page.metadata.continue;
      offsets.push(next);
    } while (next !== undefined);
    expect(offsets).toEqual([2, 4, undefined]);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });

  it('a full last page still has no continue, and a page past the end is empty', async () => {
    const w = await world();
    const last = await list(`labelSelector=suite=${w.suite}&limit=2&continue=2`);
    expect(last.items).toHaveLength(2);
    expect(last.metadata.continue).toBeUndefined();
    const past = await list(`labelSelector=suite=${w.suite}&limit=2&continue=10`);
    expect(past.items).toEqual([]);
    expect(past.metadata.continue).toBeUndefined();
  });
});

describe('malformed SDK filters of deployments', () => {
  it('a phase that is not one names the value and the phases there are', async () => {
    const p = failed(await get('api/v2/deployments/?phases=Succeeded&phases=Sleeping'), 400);
    expect(p).toMatchObject({ code: 'invalid-query', field: 'phases' });
    expect(p.detail).toContain('"Sleeping"');
    for (const phase of DEPLOYMENT_PHASES) expect(p.detail).toContain(phase);
  });

  it.each([
    ['labelSelector', '=web'],
    ['labelSelector', 'tier=web,,suite=x'],
    ['labelSelector', 'ti er=web'],
    ['names', 'a,,b'],
    ['guids', ''],
    ['name', ''],
    ['packageName', ' '],
    ['packageVersion', ''],
    ['deviceName', ''],
    ['regions', 'eu'],
    ['dependencies', 'yes'],
    ['limit', '0'],
    ['limit', '501'],
    ['continue', '-1'],
    ['continue', 'abc'],
  ])('%s=%s answers 400 naming the parameter', async (name, value) => {
    const p = failed(await get(`api/v2/deployments/?${name}=${encodeURIComponent(value)}`), 400);
    expect(p).toMatchObject({ code: 'invalid-query', field: name });
    expect(p.detail).toContain(name);
  });

  it('an unknown region names the regions there are', async () => {
    expect(failed(await get('api/v2/deployments/?regions=eu'), 400).detail).toMatch(/"eu".*jp, us/);
  });
});
