import { describe, expect, it } from 'vitest';
import { planApply } from './apply-plan';
import { fakeGateway } from './fake-gateway';
import { checkManifests } from './manifest-checks';
import { WORLD_MANIFEST } from './manifest-fixtures';
import { runApply } from './run-apply';

const checked = (text = WORLD_MANIFEST) => checkManifests([{ name: 'world.yaml', text }]);

describe('planApply and runApply', () => {
  it('creates everything in order, then finds it all unchanged', async () => {
    const { gateway, requests } = fakeGateway();
    const plan = await planApply(checked(), gateway);
    expect(plan.problems).toEqual([]);
    expect(plan.rows.map((r) => r.action)).toEqual(['Create', 'Create', 'Create', 'Create', 'Create', 'Create']);
    const progress: number[] = [];
    const results = await runApply(plan, gateway, (done) => progress.push(done));
    expect(results.map((r) => r.result)).toEqual(['Created', 'Created', 'Created', 'Created', 'Created', 'Created']);
    expect(requests.indexOf('create Package picker')).toBeLessThan(requests.indexOf('create Deployment picker-run'));
    expect(progress).toEqual([1, 2, 3, 4, 5, 6]);
    const again = await planApply(checked(), gateway);
    expect(again.rows.map((r) => r.action)).toEqual(Array(6).fill('Unchanged'));
    expect((await runApply(again, gateway)).map((r) => r.result)).toEqual(Array(6).fill('Unchanged'));
  });

  it('updates a secret that differs and refuses to change a package in place', async () => {
    const { gateway } = fakeGateway();
    await runApply(await planApply(checked(), gateway), gateway);
    const changed = WORLD_MANIFEST.replace('password: hunter2', 'password: swordfish').replace('picker:1.0.0', 'picker:1.0.1');
    const plan = await planApply(checked(changed), gateway);
    const byKind = Object.fromEntries(plan.rows.map((r) => [r.kind, r]));
    expect(byKind['Secret']).toMatchObject({ action: 'Update', message: expect.stringContaining('spec.docker.password') });
    expect(byKind['Package']).toMatchObject({ action: 'Refused', message: expect.stringContaining('spec.executables.0.docker.image') });
    expect(byKind['Package']!.message).toContain('give the package a new version');
  });

  it('refuses kinds Gantry does not model without sending them', async () => {
    const { gateway, requests } = fakeGateway();
    const plan = await planApply(checked('apiVersion: api.rapyuta.io/v2\nkind: UserGroup\nmetadata:\n  name: ops\n'), gateway);
    expect(plan.rows).toEqual([expect.objectContaining({ kind: 'UserGroup', name: 'ops', action: 'Refused', message: expect.stringContaining('does not model UserGroup') })]);
    expect((await runApply(plan, gateway)).map((r) => r.result)).toEqual(['Refused']);
    expect(requests).toEqual([]);
  });

  it('names a dependency that is neither in the files nor on the platform', async () => {
    const { gateway } = fakeGateway();
    const text = WORLD_MANIFEST.split('---\n')[0]!;
    const plan = await planApply(checked(text), gateway);
    expect(plan.problems.map((p) => [p.line, p.path, p.message])).toEqual([
      [5, 'metadata.depends', 'Package "picker" version 1.0.0 is neither in these manifests nor on the platform.'],
      [12, 'spec.device.depends', 'Device "dock-robot" is neither in these manifests nor on the platform.'],
      [16, 'spec.rosNetworks.0.depends', 'Network "floor-net" is neither in these manifests nor on the platform.'],
    ]);
  });

  it('fails what depends on a refused create, and says why', async () => {
    const { gateway, requests } = fakeGateway((kind) => (kind === 'Package' ? 'executable names must be unique' : undefined));
    const results = await runApply(await planApply(checked(), gateway), gateway);
    const byKind = Object.fromEntries(results.map((r) => [r.kind, r]));
    expect(byKind['Package']).toMatchObject({ result: 'Failed', message: 'Refused by the platform: executable names must be unique (spec)' });
    expect(byKind['Deployment']).toMatchObject({ result: 'Failed', message: 'Not applied: Package "picker" failed.' });
    expect(requests).not.toContain('create Deployment picker-run');
  });

  it('holds back what depends on a network that never becomes ready, and says so', async () => {
    const { gateway, requests } = fakeGateway();
    const settling = { ...gateway, settle: (kind: string) => (kind === 'Network' ? Promise.reject(new Error('the routed network is Failed (Error)')) : Promise.resolve()) };
    const results = await runApply(await planApply(checked(), gateway), settling);
    const byKind = Object.fromEntries(results.map((r) => [r.kind, r]));
    expect(byKind['Network']).toMatchObject({ result: 'Failed', message: 'Network "floor-net" was created but is not ready: the routed network is Failed (Error)' });
    expect(byKind['Deployment']).toMatchObject({ result: 'Failed', message: 'Not applied: Network "floor-net" failed.' });
    expect(requests).not.toContain('create Deployment picker-run');
  });
});
