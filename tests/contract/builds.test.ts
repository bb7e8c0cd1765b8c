import { describe, expect, it } from 'vitest';
import { deploymentHistory, pushBuildResult } from '../../src/api/contract';
import { cloudPackageBody, createCloudPackage, deployBody, untilRunning } from './fixtures';
import { failed, get, ok, patch, post, setupMockPlatform, switchToRole, deploymentOf, packageOf } from './harness';

setupMockPlatform();

const target = (packageId: string) => ({ packageId, component: 'web', executable: 'server' });

describe('POST /api/simulator/builds', () => {
  it('pushes a build under an existing tag: the tag moves, the old build stays listed as replaced', async () => {
    const pkg = await createCloudPackage();
    const before = pkg.spec.components[0]!.executables[0]!.builds.find((b) => b.tag === '1.0.0')!;
    expect(before.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const pushed = ok(await post('api/simulator/builds', { ...target(pkg.metadata.guid), tag: '1.0.0', sizeMB: 140 }), pushBuildResult, 201);
    expect(pushed).toMatchObject({ kind: 'BuildPushed', component: 'web', executable: 'server', build: { tag: '1.0.0', sizeMB: 140, available: true } });
    expect(pushed.build.digest).not.toBe(before.digest);
    const after = (await packageOf(await get(`api/v2/packages/${pkg.metadata.guid}`))).spec.components[0]!.executables[0]!;
    expect(after.imagePullPolicy).toBe('IfNotPresent');
    expect(after.builds.filter((b) => b.tag === '1.0.0').map((b) => [b.digest, b.replacedAt !== undefined])).toEqual([
      [pushed.build.digest, false],
      [before.digest, true],
    ]);
  });

  it('pushes a defective build under a new tag and shows the defect', async () => {
    const pkg = await createCloudPackage();
    const body = { ...target(pkg.metadata.guid), tag: 'broken-1', defect: { kind: 'crash-after', exitCode: 2, afterSeconds: 30 } };
    const pushed = ok(await post('api/simulator/builds', body), pushBuildResult, 201);
    expect(pushed.build.defect).toEqual({ kind: 'crash-after', exitCode: 2, afterSeconds: 30 });
    const bad = ok(await post('api/simulator/builds', { ...target(pkg.metadata.guid), tag: 'broken-2', defect: { kind: 'bad-entrypoint' } }), pushBuildResult, 201);
    expect(bad.build.defect).toEqual({ kind: 'bad-entrypoint', exitCode: 128 });
  });

  it('refuses bad bodies and unknown targets as problems naming the field', async () => {
    const pkg = await createCloudPackage();
    const base = { ...target(pkg.metadata.guid), tag: '1.0.0' };
    expect(failed(await post('api/simulator/builds', { ...base, tag: '' }), 400).field).toBe('tag');
    expect(failed(await post('api/simulator/builds', { ...base, defect: { kind: 'meteor' } }), 400).field).toBe('defect.kind');
    expect(failed(await post('api/simulator/builds', { ...base, defect: { kind: 'crash-on-start', exitCode: 256 } }), 400).field).toBe('defect.exitCode');
    expect(failed(await post('api/simulator/builds', { ...base, sizeMB: -1 }), 400).field).toBe('sizeMB');
    expect(failed(await post('api/simulator/builds', { ...base, tag: '.hidden' }), 422)).toMatchObject({ code: 'invalid-build', field: 'tag' });
    expect(failed(await post('api/simulator/builds', { ...base, defect: { kind: 'crash-after' } }), 422)).toMatchObject({ code: 'invalid-build', field: 'defect.afterSeconds' });
    expect(failed(await post('api/simulator/builds', { ...base, packageId: 'pkg-nope' }), 422)).toMatchObject({ code: 'unknown-package', field: 'packageId' });
    expect(failed(await post('api/simulator/builds', { ...base, component: 'ghost' }), 422)).toMatchObject({ code: 'unknown-component', field: 'component' });
    expect(failed(await post('api/simulator/builds', { ...base, executable: 'ghost' }), 422)).toMatchObject({ code: 'unknown-executable', field: 'executable' });
  });

  it('is open to a viewer, like the rest of the simulator', async () => {
    const pkg = await createCloudPackage();
    await switchToRole('viewer');
    ok(await post('api/simulator/builds', { ...target(pkg.metadata.guid), tag: '1.0.0' }), pushBuildResult, 201);
    await switchToRole('operator');
  });

  it('an update with imagePullPolicy Always runs the pushed build; the history records each generation’s digest', async () => {
    const body = cloudPackageBody();
    body.spec.components[0]!.executables[0]!.imagePullPolicy = 'Always';
    const pkg = (await packageOf(await post('api/v2/packages', body), 201));
    expect(pkg.spec.components[0]!.executables[0]!.imagePullPolicy).toBe('Always');
    const dep = (await deploymentOf(await post('api/v2/deployments', deployBody(pkg.metadata.guid)), 201));
    await untilRunning(dep.metadata.guid);
    const pushed = ok(await post('api/simulator/builds', { ...target(pkg.metadata.guid), tag: '1.0.0' }), pushBuildResult, 201);
    (await deploymentOf(await patch(`api/v2/deployments/${dep.metadata.guid}`, { components: [{ name: 'web' }] })));
    const running = await untilRunning(dep.metadata.guid);
    expect(running.status.executables_status['web/server']?.digest).toBe(pushed.build.digest);
    const history = ok(await get(`api/v2/deployments/${dep.metadata.guid}/history`), deploymentHistory);
    const digests = history.items.map((h) => h.config.components[0]?.executables[0]?.digest);
    expect(digests.at(-1)).toBe(pushed.build.digest);
    expect(digests[0]).not.toBe(pushed.build.digest);
  });
});
