// A deployment whose dependency is still being provisioned waits In progress until the dependency has started.
import { describe, expect, it } from 'vitest';
import { MINUTE, SECOND } from '../durations';
import { makeWorld } from '../test-support/world';
import { DEPENDENCY_POLL_MS } from './deploy';

describe('waiting for a dependency', () => {
  it('stays In progress (Pending, WaitingForDependency) while the dependency provisions, then provisions itself', () => {
    const w = makeWorld();
    const vision = w.deploy({ name: 'vision', packageId: w.pkg.vision, routedNetworkId: w.lanNet, components: { inspection: { deviceId: w.device('jetson-vision-01') } } });
    w.until(() => w.get(vision.id).phase === 'Provisioning');
    const reports = w.deploy({ name: 'reports', packageId: w.pkg.telemetry, dependencies: [vision.id] });
    w.p.advance(2 * MINUTE); // the 2.5 GB detector image takes longer than that on a device
    expect(w.get(vision.id)).toMatchObject({ phase: 'Provisioning', status: 'Pending' });
    expect(w.get(reports.id)).toMatchObject({ phase: 'InProgress', status: 'Pending', errorCodes: [] });
    expect(w.exec(reports, 'collector', 'collector')).toMatchObject({ status: 'pending', stage: 'waiting', reason: 'WaitingForDependency' });
    expect(w.p.listEvents({ deploymentId: reports.id }).filter((e) => e.message.includes('waiting for its dependency vision (Provisioning, Pending) to read Running'))).toHaveLength(1);

    w.until(() => w.get(vision.id).phase === 'Succeeded');
    const started = w.p.now();
    w.until(() => w.get(reports.id).phase !== 'InProgress');
    expect(w.p.now() - started).toBeLessThanOrEqual(DEPENDENCY_POLL_MS);
    w.until(w.running(reports.id));
    expect(w.get(reports.id).phaseHistory.map((h) => h.phase)).toEqual(['InProgress', 'Provisioning', 'Succeeded']);
  });

  it('does not wait for a dependency that is already Succeeded, in Error, or being updated', () => {
    const w = makeWorld();
    const base = w.deploy({ name: 'base', packageId: w.pkg.telemetry });
    w.until(w.running(base.id));
    const early = w.deploy({ name: 'early', packageId: w.pkg.telemetry, dependencies: [base.id] });
    w.p.advance(3 * SECOND);
    expect(w.get(early.id).phase).toBe('Provisioning');

    w.must(w.p.update(base.id, { components: [{ name: 'collector' }] }));
    const during = w.deploy({ name: 'during-update', packageId: w.pkg.telemetry, dependencies: [base.id] });
    w.p.advance(3 * SECOND);
    expect(w.get(during.id).phase).toBe('Provisioning');

    w.must(w.p.injectFault({ kind: 'remove-image', packageId: w.pkg.ota, component: 'updater', executable: 'updater' }));
    const broken = w.deploy({ name: 'broken', packageId: w.pkg.ota, components: { updater: { deviceId: w.device('picker-arm-01') } } });
    w.until(() => w.get(broken.id).status === 'Error');
    const after = w.deploy({ name: 'after-broken', packageId: w.pkg.telemetry, dependencies: [broken.id] });
    w.p.advance(3 * SECOND);
    expect(w.get(after.id)).toMatchObject({ phase: 'Provisioning', errorCodes: ['DEP_E156'] });
  });

  it('waits while a started dependency does not read Running (its device offline), and starts once it does', () => {
    const w = makeWorld();
    const nav = w.nav('nav', 'warehouse-amr-01');
    w.until(w.running(nav.id));
    w.must(w.p.injectFault({ kind: 'device-offline', deviceId: w.device('warehouse-amr-01') }));
    expect(w.get(nav.id)).toMatchObject({ phase: 'Succeeded', status: 'Error' });
    // DEP_E151 is an error: a dependency in Error does not hold the deployment, which shows DEP_E156 instead.
    const early = w.deploy({ name: 'early', packageId: w.pkg.telemetry, dependencies: [nav.id] });
    w.p.advance(3 * SECOND);
    expect(w.get(early.id)).toMatchObject({ phase: 'Provisioning', errorCodes: ['DEP_E156'] });
    w.must(w.p.injectFault({ kind: 'device-online', deviceId: w.device('warehouse-amr-01') }));
    w.until(w.running(nav.id));

    w.must(w.p.injectFault({ kind: 'device-reboot', deviceId: w.device('warehouse-amr-01') }));
    expect(w.get(nav.id).status).toBe('Unknown');
    const held = w.deploy({ name: 'held', packageId: w.pkg.telemetry, dependencies: [nav.id] });
    w.p.advance(10 * SECOND);
    expect(w.get(held.id)).toMatchObject({ phase: 'InProgress', status: 'Pending' });
    expect(w.exec(held, 'collector', 'collector').reason).toBe('WaitingForDependency');
    expect(w.p.listEvents({ deploymentId: held.id }).some((e) => e.message.includes('waiting for its dependency nav (Succeeded, Unknown) to read Running'))).toBe(true);
    w.until(w.running(nav.id));
    w.until(w.running(held.id));
    expect(w.get(held.id).phaseHistory.map((h) => h.phase)).toEqual(['InProgress', 'Provisioning', 'Succeeded']);
  });

  it('can be deprovisioned while it waits', () => {
    const w = makeWorld();
    const vision = w.deploy({ name: 'vision', packageId: w.pkg.vision, routedNetworkId: w.lanNet, components: { inspection: { deviceId: w.device('jetson-vision-01') } } });
    w.until(() => w.get(vision.id).phase === 'Provisioning');
    const reports = w.deploy({ name: 'reports', packageId: w.pkg.telemetry, dependencies: [vision.id] });
    w.p.advance(30 * SECOND);
    w.must(w.p.deprovision(reports.id));
    w.p.advance(10 * SECOND);
    expect(w.get(reports.id).phaseHistory.map((h) => h.phase)).toEqual(['InProgress', 'Stopped']);
  });
});
