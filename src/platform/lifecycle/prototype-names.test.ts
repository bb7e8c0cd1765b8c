// Names a user chose are keys of records (update choices, deploy choices, labels): one named like a property every
// object inherits must behave like any other name. `constructor` passes the naming rule; `__proto__` and
// `toString` do not, but a saved state or a looser rule could still bring them, so they are staged directly.
import { describe, expect, it } from 'vitest';
import { SECOND } from '../durations';
import type { ComponentSpec } from '../types';
import { makeWorld } from '../test-support/world';

const builds = [
  { tag: '1.1.0', digest: `sha256:${'1'.repeat(64)}`, sizeMB: 50, pushedAt: 0, available: true },
  { tag: '1.0.0', digest: `sha256:${'0'.repeat(64)}`, sizeMB: 50, pushedAt: 0, available: true },
];

const webComponent = (executable: string): ComponentSpec => ({
  name: 'web',
  description: '',
  runtime: 'cloud',
  architecture: 'amd64',
  ros: { enabled: false, topics: [], services: [] },
  restartPolicy: 'always',
  executables: [
    { name: 'server', type: 'docker', image: 'registry.gantry.dev/t/server', tag: '1.0.0', builds, command: 'serve' },
    { name: executable, type: 'docker', image: 'registry.gantry.dev/t/sidecar', tag: '1.0.0', builds, command: 'watch' },
  ],
});

function worldWithExecutable(executable: string) {
  const w = makeWorld();
  const staged = executable !== 'constructor';
  const pkg = w.must(w.p.createPackage({ name: 'proto-names', version: 'v1.0.0', components: [webComponent(staged ? 'sidecar' : executable)] }));
  if (staged) {
    const spec = w.ctx.idx.packages.get(pkg.id)?.components[0]?.executables[1];
    if (!spec) throw new Error('the package has no second executable');
    spec.name = executable;
  }
  return { w, pkg };
}

describe.each(['constructor', '__proto__', 'toString'])('an executable named %s', (executable) => {
  it('deploys, updates and rolls back like any other', () => {
    const { w, pkg } = worldWithExecutable(executable);
    const d = w.deploy({ name: 'proto-dep', packageId: pkg.id });
    w.until(w.running(d.id));

    // The update names only the other executable: this one keeps its tag, it does not read an inherited property.
    w.must(w.p.update(d.id, { components: [{ name: 'web', executables: { server: '1.1.0' } }] }));
    w.until(() => w.get(d.id).phase !== 'Provisioning');
    expect(w.get(d.id)).toMatchObject({ phase: 'Succeeded', status: 'Running', generation: 2, errorCodes: [] });
    expect(w.exec(d.id, 'web', executable)).toMatchObject({ tag: '1.0.0', status: 'running' });
    expect(w.exec(d.id, 'web', 'server').tag).toBe('1.1.0');

    w.must(w.p.update(d.id, { components: [{ name: 'web', executables: { [executable]: '1.1.0' } }] }));
    w.until(() => w.get(d.id).phase !== 'Provisioning');
    expect(w.get(d.id)).toMatchObject({ phase: 'Succeeded', generation: 3 });
    expect(w.exec(d.id, 'web', executable).tag).toBe('1.1.0');

    w.must(w.p.rollback(d.id, 1));
    w.until(() => w.get(d.id).phase !== 'Provisioning');
    expect(w.get(d.id)).toMatchObject({ phase: 'Succeeded', status: 'Running', generation: 4, errorCodes: [] });
    expect([w.exec(d.id, 'web', 'server').tag, w.exec(d.id, 'web', executable).tag]).toEqual(['1.0.0', '1.0.0']);
  });
});

describe('prototype-named labels and components', () => {
  it('a label filter by an inherited name matches only deployments that carry that label', () => {
    const w = makeWorld();
    const plain = w.deploy({ name: 'plain', packageId: w.pkg.telemetry, labels: { team: 'nav' } });
    const labelled = w.deploy({ name: 'labelled', packageId: w.pkg.telemetry, labels: { toString: 'yes' } });
    expect(w.p.listDeployments({ labels: [{ key: 'toString' }] }).map((d) => d.id)).toEqual([labelled.id]);
    expect(w.p.listDeployments({ labels: [{ key: 'constructor' }] })).toEqual([]);
    expect(w.p.listDeployments({ labels: [{ key: 'hasOwnProperty', value: 'x' }] })).toEqual([]);
    expect(w.p.listDeployments({ labels: [{ key: 'toString', value: 'yes' }] }).map((d) => d.id)).toEqual([labelled.id]);
    expect(w.p.listDeployments({ labels: [{ key: 'team' }] }).map((d) => d.id)).toEqual([plain.id]);
  });

  it('a timer of an inherited kind is dropped as stale, not called', () => {
    const w = makeWorld();
    w.ctx.state.timers.unshift({ at: w.p.now(), seq: -1, kind: 'toString', target: 'dep-none' });
    expect(() => w.p.advance(SECOND)).not.toThrow();
  });

  it('a device component named constructor still needs its device chosen', () => {
    const w = makeWorld();
    const pkg = w.must(
      w.p.createPackage({
        name: 'proto-device',
        version: 'v1.0.0',
        components: [{ ...webComponent('sidecar'), name: 'constructor', runtime: 'device', restartPolicy: 'never' }],
      }),
    );
    expect(w.p.deploy({ name: 'no-device', packageId: pkg.id })).toMatchObject({ ok: false, error: { code: 'device-required', field: 'components.constructor.deviceId' } });
    const d = w.deploy({ name: 'on-device', packageId: pkg.id, components: { constructor: { deviceId: w.device('warehouse-amr-01') } } });
    expect(d.components[0]).toMatchObject({ name: 'constructor', deviceId: w.device('warehouse-amr-01'), restartPolicy: 'never' });
  });
});
