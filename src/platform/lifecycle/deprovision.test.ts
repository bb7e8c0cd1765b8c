import { describe, expect, it } from 'vitest';
import { SECOND } from '../durations';
import { makeWorld, refusal } from '../test-support/world';

describe('deprovision', () => {
  it('terminates executables for 2–5 s, then Stopped; volumes Released; history and user recorded', () => {
    const w = makeWorld();
    const d = w.deploy({ name: 'telemetry', packageId: w.pkg.telemetry, volumes: [{ volumeId: w.disk, component: 'collector', mountPath: '/data' }] });
    expect(w.p.getVolume(w.disk)).toMatchObject({ phase: 'Bound', boundTo: d.id });
    w.until(w.running(d.id));
    w.must(w.p.setCurrentUser('usr-lena'));
    w.must(w.p.deprovision(d.id));
    const requested = w.p.now();
    expect(w.exec(d, 'collector', 'collector').status).toBe('terminating');
    expect(w.get(d.id).status).toBe('Pending');
    w.until(() => w.get(d.id).phase === 'Stopped');
    expect(w.p.now() - requested).toBeGreaterThanOrEqual(2 * SECOND);
    expect(w.p.now() - requested).toBeLessThanOrEqual(5 * SECOND);
    expect(w.get(d.id)).toMatchObject({ status: 'Stopped', errorCodes: [], stoppedAt: w.get(d.id).phaseHistory.at(-1)?.at });
    expect(w.exec(d, 'collector', 'collector').status).toBe('terminated');
    expect(w.p.getVolume(w.disk)).toMatchObject({ phase: 'Released' });
    expect(w.get(d.id).history.at(-1)).toMatchObject({ action: 'deprovision', outcome: 'success', user: 'Lena Fischer' });
    expect(refusal(w.p.deprovision(d.id)).code).toBe('deprovision-not-allowed');
    expect(w.p.listDeployments().some((x) => x.id === d.id)).toBe(false);
    expect(w.p.listDeployments({ phases: ['Stopped'] }).map((x) => x.id)).toEqual([d.id]);
    // the name is free again
    w.deploy({ name: 'telemetry', packageId: w.pkg.telemetry });
  });

  it('is allowed from In progress and Failed to start', () => {
    const w = makeWorld();
    const early = w.deploy({ name: 'telemetry', packageId: w.pkg.telemetry });
    w.must(w.p.deprovision(early.id));
    const failed = w.nav('nav', 'lab-turtlebot-02');
    w.until(() => w.get(failed.id).phase === 'FailedToStart');
    w.must(w.p.deprovision(failed.id));
    w.p.advance(10 * SECOND);
    expect(w.get(early.id).phaseHistory.map((h) => h.phase)).toEqual(['InProgress', 'Stopped']);
    expect(w.get(failed.id).phase).toBe('Stopped');
  });

  it('leaves components on offline devices: Partially deprovisioned, then Stopped once deprovisioned again with the device online', () => {
    const w = makeWorld();
    const d = w.deploy({ name: 'hybrid', packageId: w.pkg.hybrid, routedNetworkId: w.cloudNet, components: { 'robot-agent': { deviceId: w.device('agv-field-02') } } });
    w.until(w.running(d.id));
    w.must(w.p.injectFault({ kind: 'device-offline', deviceId: w.device('agv-field-02') }));
    w.must(w.p.deprovision(d.id));
    w.p.advance(10 * SECOND);
    expect(w.get(d.id)).toMatchObject({ phase: 'PartiallyDeprovisioned', status: 'Error', errorCodes: ['DEP_E151'] });
    expect(w.get(d.id).components.map((c) => c.deprovisioned)).toEqual([true, false]);
    expect(w.get(d.id).history.at(-1)).toMatchObject({ action: 'deprovision', outcome: 'failure', components: ['planner'] });
    w.must(w.p.deprovision(d.id)); // still offline: nothing more can be removed
    w.p.advance(10 * SECOND);
    expect(w.get(d.id).phase).toBe('PartiallyDeprovisioned');
    w.must(w.p.injectFault({ kind: 'device-online', deviceId: w.device('agv-field-02') }));
    expect(w.get(d.id).phase).toBe('PartiallyDeprovisioned');
    w.must(w.p.deprovision(d.id));
    w.p.advance(10 * SECOND);
    expect(w.get(d.id)).toMatchObject({ phase: 'Stopped', status: 'Stopped' });
    expect(w.get(d.id).phaseHistory.map((h) => h.phase)).toEqual(['InProgress', 'Provisioning', 'Succeeded', 'PartiallyDeprovisioned', 'Stopped']);
  });

  it('cancels a running update (its history entry fails)', () => {
    const w = makeWorld();
    const d = w.deploy({ name: 'telemetry', packageId: w.pkg.telemetry });
    w.until(w.running(d.id));
    w.must(w.p.update(d.id, { components: [{ name: 'collector' }] }));
    w.must(w.p.deprovision(d.id));
    w.p.advance(10 * SECOND);
    expect(w.get(d.id).history.map((h) => [h.action, h.outcome])).toEqual([['create', 'success'], ['update', 'failure'], ['deprovision', 'success']]);
    expect(w.get(d.id).phase).toBe('Stopped');
  });
});
