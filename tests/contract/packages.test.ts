import { describe, expect, it } from 'vitest';
import { servedPackage } from '../../src/api/contract';
import { cloudPackageBody, createCloudPackage, deployCloud, unique } from './fixtures';
import { call, del, failed, get, ok, post, switchToRole, setupMockPlatform, packageOf, packagesAt } from './harness';

setupMockPlatform();

describe('packages', () => {
  it('lists packages as a PackageList', async () => {
    const list = (await packagesAt('api/v2/packages'));
    expect(list.kind).toBe('PackageList');
    expect(list.metadata.total).toBe(list.items.length);
    expect(list.items.length).toBeGreaterThan(0);
    expect(new Set(list.items.map((p) => p.metadata.guid)).size).toBe(list.items.length);
  });

  it('creates a package from a JSON manifest and reads it back by id and by name', async () => {
    const name = unique('catalog');
    const reply = await post('api/v2/packages', cloudPackageBody(name));
    const created = (await packageOf(reply, 201));
    expect(reply.headers.get('location')).toBe(`http://localhost/api/v2/packages/${created.metadata.guid}`);
    expect(created.metadata).toMatchObject({ name, version: 'v1.0.0' });
    expect(created.spec.components[0]).toMatchObject({ name: 'web', runtime: 'cloud', architecture: 'amd64', restart: 'always' });
    expect(created.spec.components[0]?.executables[0]?.builds.map((b) => b.tag)).toEqual(['1.1.0', '1.0.0']);
    expect((await packageOf(await get(`api/v2/packages/${created.metadata.guid}`)))).toEqual(created);
    expect((await packageOf(await get(`api/v2/packages/${name}`))).metadata.guid).toBe(created.metadata.guid);
    const list = (await packagesAt('api/v2/packages'));
    expect(list.items.map((p) => p.metadata.guid)).toContain(created.metadata.guid);
  });

  it('answers malformed JSON with 400 invalid-json', async () => {
    const p = failed(await call('POST', 'api/v2/packages', undefined, '{"metadata": '), 400);
    expect(p.code).toBe('invalid-json');
    expect(p.detail).toMatch(/not valid JSON/);
  });

  it('names the offending field of a schema-invalid body', async () => {
    const body = cloudPackageBody();
    const p = failed(await post('api/v2/packages', { ...body, metadata: { version: 'v1' } }), 400);
    expect(p).toMatchObject({ code: 'invalid-body', field: 'metadata.name' });
    expect(p.detail).toBe('metadata.name is required');

    const noExec = { ...body, spec: { components: [{ name: 'x', runtime: 'cloud', executables: [] }] } };
    expect(failed(await post('api/v2/packages', noExec), 400).field).toBe('spec.components.0.executables');

    const badRuntime = { ...body, spec: { components: [{ name: 'x', runtime: 'moon', executables: [{ name: 'a' }] }] } };
    expect(failed(await post('api/v2/packages', badRuntime), 400).field).toBe('spec.components.0.runtime');

    expect(failed(await post('api/v2/packages'), 400).code).toBe('invalid-body');
  });

  it('refuses a duplicate name and version with the engine’s code', async () => {
    const name = unique('dup');
    await createCloudPackage(name);
    const reply = await post('api/v2/packages', cloudPackageBody(name));
    expect([409, 422]).toContain(reply.status);
    const p = failed(reply, reply.status);
    expect(p.code).toBe('name-taken');
    expect(p.field).toMatch(/^metadata\.(name|version)$/);
  });

  it('returns 404 for an unknown package', async () => {
    expect(failed(await get('api/v2/packages/pkg-doesnotexist'), 404).code).toBe('unknown-package');
    expect(failed(await del('api/v2/packages/pkg-doesnotexist'), 404).code).toBe('unknown-package');
  });

  it('deletes an unused package and refuses one in use', async () => {
    const pkg = await createCloudPackage();
    // The answer is the deleted package's document: there is nothing left to read whole.
    const deleted = ok(await del(`api/v2/packages/${pkg.metadata.guid}`), servedPackage);
    expect(deleted.metadata.guid).toBe(pkg.metadata.guid);
    failed(await get(`api/v2/packages/${pkg.metadata.guid}`), 404);

    const dep = await deployCloud();
    const inUse = (await packageOf(await get(`api/v2/packages/${dep.metadata.depends.nameOrGUID}`)));
    expect(inUse.status.activeDeployments).toBe(1);
    const p = failed(await del(`api/v2/packages/${dep.metadata.depends.nameOrGUID}`), 409);
    expect(p.code).toBe('package-in-use');
  });

  it('forbids viewers to create or delete packages', async () => {
    const pkg = await createCloudPackage();
    await switchToRole('viewer');
    expect(failed(await post('api/v2/packages', cloudPackageBody()), 403).code).toBe('forbidden');
    expect(failed(await del(`api/v2/packages/${pkg.metadata.guid}`), 403).code).toBe('forbidden');
    (await packagesAt('api/v2/packages'));
  });
});
