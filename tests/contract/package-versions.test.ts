// Several versions of one package: a deployment names the one it wants with `metadata.depends.version`.
import { describe, expect, it } from 'vitest';
import { createPackageVersions, deployBody, unique } from './fixtures';
import { deploymentOf, failed, get, post, setupMockPlatform } from './harness';

setupMockPlatform();

const deployVersion = (nameOrGUID: string, version?: string) => {
  const body = deployBody(nameOrGUID);
  return post('api/v2/deployments', { ...body, metadata: { ...body.metadata, depends: { ...body.metadata.depends, version } } });
};

describe('metadata.depends.version', () => {
  it('deploys the version asked for, by name or by guid', async () => {
    const name = unique('versioned');
    const [v1, v2] = await createPackageVersions(name, ['v1.0.0', 'v2.0.0']);
    const older = (await deploymentOf(await deployVersion(name, 'v1.0.0'), 201));
    expect(older.metadata.depends).toMatchObject({ nameOrGUID: v1!.metadata.guid, name, version: 'v1.0.0' });
    const newer = (await deploymentOf(await deployVersion(name, 'v2.0.0'), 201));
    expect(newer.metadata.depends).toMatchObject({ nameOrGUID: v2!.metadata.guid, version: 'v2.0.0' });
    const byGuid = (await deploymentOf(await deployVersion(v1!.metadata.guid, 'v1.0.0'), 201));
    expect(byGuid.metadata.depends.version).toBe('v1.0.0');
    expect((await deploymentOf(await get(`api/v2/deployments/${older.metadata.guid}`))).metadata.depends.version).toBe('v1.0.0');
  });

  it('deploys the newest version when none is asked for', async () => {
    const name = unique('versioned');
    await createPackageVersions(name, ['v1.0.0', 'v2.0.0']);
    expect((await deploymentOf(await deployVersion(name), 201)).metadata.depends.version).toBe('v2.0.0');
  });

  it('refuses a version the package does not have, naming the field and the versions there are', async () => {
    const name = unique('versioned');
    const [v1] = await createPackageVersions(name, ['v1.0.0', 'v1.10.0', 'v1.9.0']);
    for (const ref of [name, v1!.metadata.guid]) {
      const p = failed(await deployVersion(ref, 'v2.0.0'), 422);
      expect(p).toMatchObject({ code: 'unknown-package-version', field: 'metadata.depends.version' });
      expect(p.detail).toContain('v2.0.0');
      expect(p.detail).toContain('v1.0.0, v1.9.0, v1.10.0');
    }
    expect(failed(await deployVersion(name, ' '), 400).field).toBe('metadata.depends.version');
  });

  it('reads the body the SDK writes: the kind capitalised, the version always given', async () => {
    const name = unique('versioned');
    await createPackageVersions(name, ['v1.0.0', 'v2.0.0']);
    const body = { apiVersion: 'api.rapyuta.io/v2', kind: 'Deployment', metadata: { name: unique('sdk-dep'), depends: { kind: 'Package', nameOrGUID: name, version: 'v1.0.0' } }, spec: {} };
    expect((await deploymentOf(await post('api/v2/deployments', body), 201)).metadata.depends).toMatchObject({ kind: 'package', version: 'v1.0.0' });
    const wrongKind = { ...body, metadata: { ...body.metadata, depends: { ...body.metadata.depends, kind: 'Disk' } } };
    expect(failed(await post('api/v2/deployments', wrongKind), 400)).toMatchObject({ code: 'invalid-body', field: 'metadata.depends.kind' });
  });
});
