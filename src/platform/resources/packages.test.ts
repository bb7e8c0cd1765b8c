import { describe, expect, it } from 'vitest';
import type { CreatePackageRequest } from '../api';
import type { ComponentSpecInput as ComponentSpec } from '../types';
import { makeWorld, refusal } from '../test-support/world';
import { SECOND } from '../durations';

const component = (over: Partial<ComponentSpec> = {}): ComponentSpec => ({
  name: 'web',
  description: '',
  runtime: 'cloud',
  architecture: 'amd64',
  ros: { enabled: false, topics: [], services: [] },
  restartPolicy: 'always',
  executables: [{ name: 'server', type: 'docker', image: 'registry.example/web', tag: '1.0.0', command: 'serve', builds: [] }],
  ...over,
});
const request = (over: Partial<CreatePackageRequest> = {}): CreatePackageRequest => ({ name: 'web-app', version: 'v1.0.0', components: [component()], ...over });
const exec = component().executables[0] as ComponentSpec['executables'][number];

describe('packages', () => {
  it('creates a package, adding a build for a tag it does not list', () => {
    const w = makeWorld();
    const pkg = w.must(w.p.createPackage(request()));
    expect(pkg.id).toMatch(/^pkg-[a-z0-9]{20}$/);
    expect(pkg).toMatchObject({ createdBy: 'Aiko Tanaka', version: 'v1.0.0' });
    const build = pkg.components[0]?.executables[0]?.builds[0];
    expect(build).toMatchObject({ tag: '1.0.0', available: true });
    expect(build?.sizeMB).toBeGreaterThan(0);
    const d = w.deploy({ name: 'web', packageId: pkg.id });
    w.until(w.running(d.id));
  });

  it.each([
    ['name', request({ name: 'Bad Name' })],
    ['version', request({ version: '1.0' })],
    ['components', request({ components: [] })],
    ['components.0.runtime', request({ components: [component({ runtime: 'moon' as 'cloud' })] })],
    ['components.0.architecture', request({ components: [component({ runtime: 'device', architecture: 'sparc' as 'amd64' })] })],
    ['components.0.architecture', request({ components: [component({ architecture: 'arm64v8' })] })],
    ['components.0.ros.distro', request({ components: [component({ ros: { enabled: true, topics: [], services: [] } })] })],
    ['components.0.executables', request({ components: [component({ executables: [] })] })],
    ['components.0.executables.1.image', request({ components: [component({ executables: [exec, { ...exec, name: 'worker', image: '' }] })] })],
    ['components.0.executables.0.tag', request({ components: [component({ executables: [{ ...exec, tag: undefined }] })] })],
    ['components.0.executables.0.type', request({ components: [component({ executables: [{ name: 'cli', type: 'preInstalled', command: 'run', builds: [] }] })] })],
    ['components.0.executables.0.builds.0.sizeMB', request({ components: [component({ executables: [{ ...exec, builds: [{ tag: '1.0.0', sizeMB: 20000, pushedAt: 0, available: true }] }] })] })],
    ['components.0.executables.0.imagePullPolicy', request({ components: [component({ executables: [{ ...exec, imagePullPolicy: 'Sometimes' as 'Always' }] })] })],
    ['components.0.executables.1.name', request({ components: [component({ executables: [exec, exec] })] })],
    ['components.1.name', request({ components: [component(), component()] })],
  ])('refuses a bad package at %s', (field, req) => {
    const w = makeWorld();
    expect(refusal(w.p.createPackage(req))).toMatchObject({ code: 'invalid-package', field, kind: 'invalid' });
  });

  it('refuses a duplicate name and version', () => {
    const w = makeWorld();
    w.must(w.p.createPackage(request()));
    expect(refusal(w.p.createPackage(request()))).toMatchObject({ code: 'name-taken', field: 'version' });
    w.must(w.p.createPackage(request({ version: 'v1.0.1' })));
  });

  it('refuses to delete a package while a non-stopped deployment uses it', () => {
    const w = makeWorld();
    const d = w.deploy({ name: 'telemetry', packageId: w.pkg.telemetry });
    expect(refusal(w.p.deletePackage(w.pkg.telemetry))).toMatchObject({ code: 'package-in-use', kind: 'conflict' });
    w.must(w.p.deprovision(d.id));
    w.p.advance(10 * SECOND);
    w.must(w.p.deletePackage(w.pkg.telemetry));
    expect(w.p.getPackage(w.pkg.telemetry)).toBeUndefined();
    expect(refusal(w.p.deletePackage(w.pkg.telemetry))).toMatchObject({ code: 'unknown-package', kind: 'not-found' });
  });
});
