import { describe, expect, it } from 'vitest';
import { MINUTE, SECOND } from '../durations';
import { makeWorld, refusal } from '../test-support/world';

function runningNav() {
  const w = makeWorld();
  const d = w.nav('nav', 'warehouse-amr-01');
  w.until(w.running(d.id));
  return { w, d };
}

describe('in-place update', () => {
  it('re-creates the chosen replicas (restart count 0) as a new generation, showing Provisioning during the rollout', () => {
    const { w, d } = runningNav();
    const loc = w.exec(d, 'navigation', 'localization');
    w.must(w.p.injectFault({ kind: 'crash', deploymentId: d.id, component: 'navigation', executable: 'localization', exitCode: 1 }));
    w.until(() => loc.restartCount === 1 && loc.stage === 'running');
    w.p.advance(MINUTE);
    const updated = w.must(w.p.update(d.id, { components: [{ name: 'navigation', executables: { navigation: '2.2.1' } }] }));
    expect(updated).toMatchObject({ id: d.id, generation: 2, phase: 'Provisioning', updating: { components: ['navigation'], action: 'update' } });
    expect(updated.history.at(-1)).toMatchObject({ generation: 2, action: 'update', outcome: 'pending', user: 'Aiko Tanaka', components: ['navigation'] });
    expect(updated.history.at(-1)?.config.components[0]?.executables[0]).toEqual({
      name: 'navigation',
      image: 'registry.gantry.dev/acme/nav-stack/navigation',
      tag: '2.2.1',
      digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    });
    expect(w.exec(d, 'navigation', 'navigation').status).toBe('terminating');
    w.until(() => w.exec(d, 'navigation', 'navigation').stage === 'pulling');
    expect(w.exec(d, 'navigation', 'navigation')).toMatchObject({ tag: '2.2.1', restartCount: 0, status: 'pending' });
    expect(w.exec(d, 'navigation', 'localization').restartCount).toBe(0);
    w.until(() => w.get(d.id).phase === 'Succeeded');
    expect(w.get(d.id)).toMatchObject({ status: 'Running', generation: 2, dependencies: [], routedNetworkId: w.cloudNet });
    expect(w.get(d.id).updating).toBeUndefined();
    expect(w.get(d.id).history.map((h) => [h.generation, h.action, h.outcome])).toEqual([[1, 'create', 'success'], [2, 'update', 'success']]);
    expect(w.get(d.id).phaseHistory.map((h) => h.phase)).toEqual(['InProgress', 'Provisioning', 'Succeeded', 'Provisioning', 'Succeeded']);
  });

  it('is refused outside Succeeded / Failed To Update, while an update runs, for preinstalled components and unknown builds', () => {
    const w = makeWorld();
    const d = w.nav('nav', 'warehouse-amr-01');
    expect(refusal(w.p.update(d.id, { components: [{ name: 'navigation' }] }))).toMatchObject({ code: 'update-not-allowed', kind: 'invalid' });
    w.until(w.running(d.id));
    w.must(w.p.update(d.id, { components: [{ name: 'navigation' }] }));
    expect(refusal(w.p.update(d.id, { components: [{ name: 'navigation' }] }))).toMatchObject({ code: 'update-in-progress', kind: 'invalid' });
    w.until(() => w.get(d.id).phase === 'Succeeded');
    expect(refusal(w.p.update(d.id, { components: [{ name: 'navigation', executables: { navigation: '9.9.9' } }] }))).toMatchObject({ code: 'unknown-build', field: 'components.0.executables.navigation' });
    expect(refusal(w.p.update(d.id, { components: [{ name: 'navigation', executables: { nope: '2.2.1' } }] }))).toMatchObject({ code: 'unknown-executable' });
    expect(refusal(w.p.update(d.id, { components: [{ name: 'ghost' }] }))).toMatchObject({ code: 'unknown-component', field: 'components.0.name' });
    expect(refusal(w.p.update('dep-nope', { components: [] }))).toMatchObject({ code: 'unknown-deployment', kind: 'not-found' });

    const teleop = w.deploy({ name: 'teleop', packageId: w.pkg.teleop, routedNetworkId: w.cloudNet, components: { teleop: { deviceId: w.device('lab-turtlebot-01') } } });
    w.until(w.running(teleop.id));
    expect(refusal(w.p.update(teleop.id, { components: [{ name: 'teleop' }] }))).toMatchObject({ code: 'update-not-supported', field: 'components.0.name' });
  });

  it('fails (Failed To Update, DEP_E151) after the attempt timeout when the device is offline; another update then succeeds', () => {
    const { w, d } = runningNav();
    w.must(w.p.injectFault({ kind: 'device-offline', deviceId: w.device('warehouse-amr-01') }));
    const started = w.p.now();
    w.must(w.p.update(d.id, { components: [{ name: 'navigation' }] }));
    w.until(() => w.get(d.id).phase !== 'Provisioning');
    expect(w.p.now() - started).toBeGreaterThanOrEqual(10 * SECOND);
    expect(w.p.now() - started).toBeLessThanOrEqual(21 * SECOND);
    expect(w.get(d.id)).toMatchObject({ phase: 'FailedToUpdate', status: 'Error', generation: 2 });
    expect(w.get(d.id).history.at(-1)).toMatchObject({ generation: 2, outcome: 'failure', errorCodes: ['DEP_E151'] });
    w.must(w.p.injectFault({ kind: 'device-online', deviceId: w.device('warehouse-amr-01') }));
    w.p.advance(20 * MINUTE);
    w.must(w.p.update(d.id, { components: [{ name: 'navigation' }] }));
    w.until(() => w.get(d.id).phase === 'Succeeded');
    expect(w.get(d.id)).toMatchObject({ generation: 3, status: 'Running' });
    expect(w.get(d.id).history.map((h) => h.outcome)).toEqual(['success', 'failure', 'success']);
  });

  it('fails when the device goes offline during the rollout', () => {
    const { w, d } = runningNav();
    w.must(w.p.update(d.id, { components: [{ name: 'navigation' }] }));
    w.until(() => w.exec(d, 'navigation', 'navigation').stage === 'pulling');
    w.must(w.p.injectFault({ kind: 'device-offline', deviceId: w.device('warehouse-amr-01') }));
    w.p.advance(25 * SECOND);
    expect(w.get(d.id)).toMatchObject({ phase: 'FailedToUpdate' });
    expect(w.get(d.id).history.at(-1)?.errorCodes).toEqual(['DEP_E151']);
  });

  it('fails when a chosen image cannot be pulled (DEP_E153)', () => {
    const w = makeWorld();
    const d = w.deploy({ name: 'telemetry', packageId: w.pkg.telemetry });
    w.until(w.running(d.id));
    w.must(w.p.injectFault({ kind: 'remove-image', packageId: w.pkg.telemetry, component: 'collector', executable: 'collector', tag: '0.9.3' }));
    w.must(w.p.update(d.id, { components: [{ name: 'collector', executables: { collector: '0.9.3' } }] }));
    w.until(() => w.get(d.id).phase === 'FailedToUpdate', 2 * MINUTE);
    expect(w.get(d.id).history.at(-1)).toMatchObject({ outcome: 'failure', errorCodes: ['DEP_E153'] });
  });

  it('rollback re-deploys an earlier generation as a new one; history stays append-only', () => {
    const { w, d } = runningNav();
    w.must(w.p.update(d.id, { components: [{ name: 'navigation', executables: { navigation: '2.2.0', localization: '2.2.0' } }] }));
    w.until(() => w.get(d.id).phase === 'Succeeded');
    const before = structuredClone(w.get(d.id).history);
    w.must(w.p.rollback(d.id, 1));
    expect(w.get(d.id).history.slice(0, 2)).toEqual(before);
    expect(w.get(d.id).history.at(-1)).toMatchObject({ generation: 3, action: 'rollback', outcome: 'pending' });
    w.until(() => w.get(d.id).phase === 'Succeeded');
    expect(w.exec(d, 'navigation', 'navigation').tag).toBe('2.3.0');
    expect(w.exec(d, 'navigation', 'localization').tag).toBe('2.3.0');
    expect(w.get(d.id).history.at(-1)).toMatchObject({ generation: 3, outcome: 'success' });
    expect(refusal(w.p.rollback(d.id, 17))).toMatchObject({ code: 'unknown-build', field: 'generation' });
  });
});
