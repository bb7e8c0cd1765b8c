import { describe, expect, it } from 'vitest';
import { MINUTE } from './durations';
import { migrateState, parseState } from './migrate';
import { createPlatform, restorePlatform } from './platform';
import { makeWorld } from './test-support/world';

describe('saved state', () => {
  it('accepts a saved state and restores it; a restored platform continues exactly as the original', () => {
    const original = makeWorld(5);
    const d = original.nav('nav', 'warehouse-amr-01');
    original.p.advance(30 * 1000);
    const saved = JSON.stringify(original.p.getState());
    const parsed = parseState(saved);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.state).toBe(parsed.value);
    const restored = createPlatform({ state: parsed.state });
    for (const p of [original.p, restored]) {
      p.advance(10 * MINUTE);
      p.injectFault({ kind: 'crash-loop', deploymentId: d.id, component: 'navigation', executable: 'localization', exitCode: 1 });
      p.advance(10 * MINUTE);
    }
    expect(JSON.stringify(restored.getState())).toBe(JSON.stringify(original.p.getState()));
  });

  it('drops the warning lines older saves stored beside the bridge warnings, which serve them now', () => {
    const w = makeWorld(5);
    const d = w.nav('nav', 'warehouse-amr-01');
    w.until(w.running(d.id));
    w.must(w.p.injectFault({ kind: 'network-link', networkId: w.cloudNet, latencyMs: 0, lossPercent: 5 }));
    w.p.advance(3 * MINUTE);
    const old = JSON.parse(JSON.stringify(w.p.getState()));
    const bridge = 'nav-navigation-cb';
    old.logs.push({ at: old.now, deploymentId: d.id, component: 'navigation', source: bridge, sourceKind: 'cloudBridge', stream: 'stderr', text: '[cloud_bridge] WARN topic /odom: message queue full' });
    const parsed = parseState(JSON.stringify(old));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const restored = createPlatform({ state: parsed.state });
    const warnings = restored.getLogs(d.id, { text: 'WARN', limit: 100 });
    expect(warnings.ok && warnings.value.lines.map((l) => l.text)).toEqual(w.get(d.id).components[0]?.cloudBridge?.warnings.map((x) => `[cloud_bridge] WARN ${x.message}`));
  });

  it('gives a save from before digests the digests a fresh world has, so its replicas keep their builds', () => {
    const w = makeWorld(5);
    const d = w.nav('nav', 'warehouse-amr-01');
    w.until(w.running(d.id));
    const fresh = JSON.parse(JSON.stringify(w.p.getState()));
    const old = JSON.parse(JSON.stringify(w.p.getState()));
    for (const pkg of old.packages) for (const c of pkg.components) for (const e of c.executables) for (const b of e.builds) delete b.digest;
    for (const dep of old.deployments) for (const c of dep.components) for (const e of c.executables) delete e.digest;
    const migrated = migrateState(old);
    expect(migrated.ok).toBe(true);
    if (!migrated.ok) return;
    expect(migrated.state.packages).toEqual(fresh.packages);
    expect(migrated.state.deployments.map((x) => x.components)).toEqual(fresh.deployments.map((x: { components: unknown }) => x.components));
  });

  it('gives each disk of a save from before volume deployments a running one, so it stays as usable as it was', () => {
    const w = makeWorld(5);
    const mounting = w.deploy({ name: 'telemetry', packageId: w.pkg.telemetry, volumes: [{ volumeId: w.disk, component: 'collector', mountPath: '/data' }] });
    w.until(w.running(mounting.id));
    const old = JSON.parse(JSON.stringify(w.p.getState()));
    const volumeDeployments = new Set(old.deployments.filter((d: { volumeId?: string }) => d.volumeId).map((d: { id: string }) => d.id));
    old.deployments = old.deployments.filter((d: { id: string }) => !volumeDeployments.has(d.id));
    old.timers = old.timers.filter((t: { target: string }) => !volumeDeployments.has(t.target)).sort((a: { at: number; seq: number }, b: { at: number; seq: number }) => a.at - b.at || a.seq - b.seq);
    for (const v of old.volumes) delete v.deploymentId;
    // A save whose catalog lost the package gets it back.
    old.packages = old.packages.filter((p: { id: string }) => p.id !== 'io-public-persistent-volume');
    const migrated = migrateState(old);
    if (!migrated.ok) throw new Error(migrated.error.message);
    const restored = createPlatform({ state: migrated.state });
    const disk = restored.getVolume(w.disk);
    expect(disk).toMatchObject({ phase: 'Bound', deploymentId: w.disk.replace('disk-', 'dep-') });
    expect(restored.getDeployment(disk?.deploymentId ?? '')).toMatchObject({ phase: 'Succeeded', status: 'Running', volumeId: w.disk });
    expect(restored.getPackage('io-public-persistent-volume')).toBeDefined();
    expect(restored.getDeployment(mounting.id)).toMatchObject({ status: 'Running', errorCodes: [] });
    restored.advance(10 * MINUTE);
    expect(restored.getVolume(w.disk)?.phase).toBe('Bound');
    expect(restored.getDeployment(mounting.id)?.status).toBe('Running');
    expect(migrateState(JSON.parse(JSON.stringify(restored.getState()))).ok).toBe(true);
  });

  it('books the flap checks of a save from before flapping links set the bridges\' statuses', () => {
    const w = makeWorld(5);
    const d = w.nav('nav', 'warehouse-amr-01');
    w.until(w.running(d.id));
    w.must(w.p.injectFault({ kind: 'network-link', networkId: w.cloudNet, latencyMs: 0, lossPercent: 0, flapping: { downSeconds: 10, upSeconds: 50 } }));
    const old = JSON.parse(JSON.stringify(w.p.getState()));
    old.timers = old.timers.filter((t: { kind: string }) => t.kind !== 'bridge.flap').sort((a: { at: number; seq: number }, b: { at: number; seq: number }) => a.at - b.at || a.seq - b.seq);
    for (const dep of old.deployments) for (const c of dep.components) if (c.cloudBridge) delete c.cloudBridge.flapAt;
    const migrated = migrateState(old);
    if (!migrated.ok) throw new Error(migrated.error.message);
    const restored = createPlatform({ state: migrated.state });
    restored.advance(55 * 1000);
    expect(restored.getDeployment(d.id)?.components[0]?.cloudBridge).toMatchObject({ networkStatus: 'error', routingStatus: 'error' });
  });

  it.each([
    ['not an object', 42, 'state'],
    ['another schema version', { schemaVersion: 0 }, 'schemaVersion'],
    ['a newer schema version', { schemaVersion: 2 }, 'schemaVersion'],
  ])('refuses %s', (_, raw, path) => {
    const r = migrateState(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.path || 'state').toBe(path);
  });

  it('names the broken field', () => {
    const w = makeWorld();
    w.nav('nav', 'warehouse-amr-01');
    const state = JSON.parse(JSON.stringify(w.p.getState()));
    state.deployments[0].phase = 'Exploded';
    const r = migrateState(state);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ path: 'deployments.0.phase' });
    const broken = JSON.parse(JSON.stringify(w.p.getState()));
    broken.timers.reverse();
    if (broken.timers.length > 1) expect(migrateState(broken).ok).toBe(false);
    const noUser = { ...JSON.parse(JSON.stringify(w.p.getState())), currentUserId: 'usr-nobody' };
    expect(migrateState(noUser).ok).toBe(false);
  });

  it('parseState refuses invalid JSON', () => {
    const r = parseState('{ nope');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/not valid JSON/);
  });

  it('restorePlatform starts the fallback scenario with a notice when the save is unreadable', () => {
    const bad = restorePlatform({ schemaVersion: 99 }, { scenario: 'empty-networks', seed: 3 });
    expect(bad.notice).toMatch(/could not be restored.*schema version 99.*"empty-networks"/);
    expect(bad.platform.getState()).toMatchObject({ scenario: 'empty-networks', seed: 3 });
    const good = restorePlatform(JSON.parse(JSON.stringify(bad.platform.getState())));
    expect(good.notice).toBeUndefined();
    expect(JSON.stringify(good.platform.getState())).toBe(JSON.stringify(bad.platform.getState()));
  });
});
