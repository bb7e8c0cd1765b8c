import { describe, expect, it } from 'vitest';
import { MINUTE, SECOND } from '../durations';
import { makeWorld, refusal, type World } from '../test-support/world';
import type { ImagePullPolicy } from '../types';

const NAV = { component: 'navigation', executable: 'localization' } as const;

/** A running nav deployment whose localization executable pulls with the given policy. */
function runningNav(policy: ImagePullPolicy = 'IfNotPresent') {
  const w = makeWorld();
  const spec = w.ctx.idx.packages.get(w.pkg.nav)?.components[0]?.executables.find((e) => e.name === NAV.executable);
  if (!spec) throw new Error('no localization executable');
  spec.imagePullPolicy = policy;
  const d = w.nav('nav', 'warehouse-amr-01');
  w.until(w.running(d.id));
  return { w, d, spec, loc: () => w.exec(d.id, NAV.component, NAV.executable) };
}

function crashLoop(w: World, id: string) {
  w.must(w.p.injectFault({ kind: 'crash-loop', deploymentId: id, ...NAV, exitCode: 3 }));
  w.until(() => w.get(id).errorCodes.includes('DEP_E163'));
}

const push = (w: World, extra: object = {}) => w.must(w.p.pushBuild({ packageId: w.pkg.nav, ...NAV, tag: '2.3.0', ...extra }));
const updateInPlace = (w: World, id: string) => w.must(w.p.update(id, { components: [{ name: NAV.component }] }));
const settled = (w: World, id: string) => () => w.get(id).phase === 'Succeeded' || w.get(id).phase === 'FailedToUpdate';

describe('builds and digests', () => {
  it('runs the build its tag points to and records the digest in the replica and the generation', () => {
    const { w, d, spec, loc } = runningNav();
    const build = spec.builds.find((b) => b.tag === '2.3.0');
    expect(build?.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(loc().digest).toBe(build?.digest);
    expect(w.get(d.id).history[0]?.config.components[0]?.executables.find((e) => e.name === NAV.executable)?.digest).toBe(build?.digest);
  });

  it('a pushed build under an existing tag replaces what the tag points to; the old build stays listed', () => {
    const { w, spec } = runningNav();
    const old = spec.builds.find((b) => b.tag === '2.3.0');
    const pushed = push(w, { sizeMB: 500 });
    expect(pushed).toMatchObject({ tag: '2.3.0', sizeMB: 500, available: true });
    expect(pushed.digest).not.toBe(old?.digest);
    expect(spec.builds[0]).toBe(pushed);
    expect(old?.replacedAt).toBe(w.p.now());
    expect(spec.builds.filter((b) => b.tag === '2.3.0')).toHaveLength(2);
  });

  it.each([
    ['packageId', { packageId: 'pkg-nope' }],
    ['component', { component: 'ghost' }],
    ['executable', { executable: 'ghost' }],
    ['tag', { tag: '-bad tag' }],
    ['sizeMB', { sizeMB: 0 }],
    ['defect.kind', { defect: { kind: 'explodes' } }],
    ['defect.exitCode', { defect: { kind: 'crash-on-start', exitCode: 300 } }],
    ['defect.afterSeconds', { defect: { kind: 'crash-after' } }],
  ])('refuses a push naming the field %s', (field, extra) => {
    const w = makeWorld();
    expect(refusal(w.p.pushBuild({ packageId: w.pkg.nav, ...NAV, tag: '2.3.0', ...extra } as Parameters<typeof w.p.pushBuild>[0]))).toMatchObject({ field, kind: 'invalid' });
  });
});

describe('the crash-loop fault is a defect of the build', () => {
  it('Always: a fixed build under the same tag, updated in place, ends the crash loop', () => {
    const { w, d, loc } = runningNav('Always');
    crashLoop(w, d.id);
    const bad = loc().digest;
    const fixed = push(w);
    updateInPlace(w, d.id);
    w.until(w.running(d.id));
    expect(loc()).toMatchObject({ digest: fixed.digest, status: 'running' });
    expect(loc().crashLoop).toBeUndefined();
    w.p.advance(5 * MINUTE);
    expect(w.get(d.id)).toMatchObject({ status: 'Running', errorCodes: [] });
    expect(loc().digest).not.toBe(bad);
  });

  it('IfNotPresent: the device keeps the bad build it has, so the update does not cure the crash loop', () => {
    const { w, d, loc } = runningNav();
    crashLoop(w, d.id);
    const bad = loc().digest;
    push(w);
    updateInPlace(w, d.id);
    w.until(() => w.get(d.id).phase === 'Succeeded');
    expect(loc().digest).toBe(bad);
    w.until(() => w.get(d.id).errorCodes.includes('DEP_E163'));
    expect(loc()).toMatchObject({ reason: 'CrashLoopBackOff', exitCode: 3 });
  });

  it('a rollback to the bad generation re-deploys that exact build and the crash loop returns', () => {
    const { w, d, loc } = runningNav('Always');
    crashLoop(w, d.id);
    push(w);
    updateInPlace(w, d.id);
    w.until(w.running(d.id));
    w.p.advance(5 * MINUTE);
    expect(w.get(d.id).errorCodes).toEqual([]);
    w.must(w.p.rollback(d.id, 1));
    expect(w.get(d.id).history.at(-1)).toMatchObject({ generation: 3, action: 'rollback', components: [NAV.component] });
    w.until(() => w.get(d.id).errorCodes.includes('DEP_E163'));
    expect(loc().digest).toBe(w.get(d.id).history[0]?.config.components[0]?.executables.find((e) => e.name === NAV.executable)?.digest);
  });
});

describe('defective builds', () => {
  it('bad-entrypoint: the replica cannot start (DEP_E152, its exit code) and the update fails', () => {
    const { w, d, loc } = runningNav('Always');
    push(w, { defect: { kind: 'bad-entrypoint' } });
    updateInPlace(w, d.id);
    w.until(settled(w, d.id));
    expect(loc()).toMatchObject({ status: 'error', errorCode: 'DEP_E152', reason: 'StartError', exitCode: 128, stage: 'stopped' });
    expect(w.get(d.id)).toMatchObject({ phase: 'FailedToUpdate', status: 'Error' });
    expect(w.get(d.id).history.at(-1)).toMatchObject({ outcome: 'failure', errorCodes: ['DEP_E152'] });
  });

  it('crash-after: the process runs for the given time, then exits with its code', () => {
    const { w, d, loc } = runningNav('Always');
    push(w, { defect: { kind: 'crash-after', exitCode: 2, afterSeconds: 90 } });
    updateInPlace(w, d.id);
    w.until(() => loc().stage === 'running');
    const started = w.p.now();
    w.until(() => loc().stage !== 'running');
    expect(w.p.now() - started).toBeGreaterThanOrEqual(89 * SECOND);
    expect(w.p.now() - started).toBeLessThanOrEqual(91 * SECOND);
    expect(loc()).toMatchObject({ exitCode: 2, stage: 'backoff' });
  });

  it('crash-on-start: every start exits within seconds, and the replica ends up in a crash loop', () => {
    const { w, d, loc } = runningNav('Always');
    push(w, { defect: { kind: 'crash-on-start', exitCode: 139 } });
    updateInPlace(w, d.id);
    w.until(() => loc().stage === 'running');
    const started = w.p.now();
    w.until(() => loc().stage !== 'running');
    expect(w.p.now() - started).toBeLessThanOrEqual(8 * SECOND);
    w.until(() => w.get(d.id).errorCodes.includes('DEP_E163'));
    expect(loc().exitCode).toBe(139);
  });

  it('Never: without a copy on the device the image cannot be run', () => {
    const w = makeWorld();
    const spec = w.ctx.idx.packages.get(w.pkg.nav)?.components[0]?.executables.find((e) => e.name === NAV.executable);
    if (spec) spec.imagePullPolicy = 'Never';
    const d = w.nav('nav', 'warehouse-amr-01');
    w.until(() => w.exec(d.id, NAV.component, NAV.executable).errorCode !== undefined);
    expect(w.exec(d.id, NAV.component, NAV.executable)).toMatchObject({ errorCode: 'DEP_E161', reason: 'ImagePullBackOff' });
  });
});
