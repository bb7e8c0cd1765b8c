import { describe, expect, it } from 'vitest';
import { MINUTE } from './durations';
import { bumpRevisions, noRevisions } from './revisions';
import { makeWorld, type World } from './test-support/world';
import { WORLD_KINDS, type WorldKind } from '../vocabulary';

/** The kinds whose revision `step` moved. */
function movedBy(w: World, step: () => void): WorldKind[] {
  const before = w.p.revisions();
  step();
  const after = w.p.revisions();
  return (Object.keys(after) as WorldKind[]).filter((kind) => after[kind] !== before[kind]);
}

/** Moves the clock to just before the next timer, or on a while when none is due. */
const quietStep = (w: World) => () => {
  const next = Math.min(...w.p.getState().timers.map((t) => t.at));
  w.p.advance(Number.isFinite(next) ? next - w.p.now() - 1 : MINUTE);
};

describe('per-kind revisions', () => {
  it('move each touched kind by one, and the platform parts with deployments, devices or networks', () => {
    const revisions = noRevisions();
    bumpRevisions(revisions, new Set(['deployments', 'events']));
    expect(revisions).toMatchObject({ deployments: 1, events: 1, parts: 1, devices: 0, packages: 0 });
    bumpRevisions(revisions, new Set(['secrets']));
    expect(revisions).toMatchObject({ secrets: 1, parts: 1 });
    bumpRevisions(revisions, new Set(['parts', 'devices']));
    expect(revisions).toMatchObject({ parts: 2, devices: 1 });
  });

  it('stay where they are over a clock step in which no timer fires', () => {
    const w = makeWorld();
    w.deploy({ name: 'telemetry', packageId: w.pkg.telemetry });
    w.p.advance(5 * MINUTE);
    expect(movedBy(w, quietStep(w))).toEqual([]);
  });

  it('a deploy moves deployments, and devices, networks and packages that list their users; not disks, secrets or users', () => {
    const w = makeWorld();
    const moved = movedBy(w, () => w.nav('nav-a', 'warehouse-amr-01'));
    expect(moved).toEqual(expect.arrayContaining(['deployments', 'devices', 'networks', 'packages', 'events']));
    expect(moved).not.toContain('disks');
    expect(moved).not.toContain('secrets');
    expect(moved).not.toContain('users');
  });

  it('a deployment starting moves deployments but no device, package or secret', () => {
    const w = makeWorld();
    const d = w.deploy({ name: 'telemetry', packageId: w.pkg.telemetry });
    const start = w.p.getState().timers.find((t) => t.kind === 'deploy.start' && t.target === d.id);
    expect(start).toBeDefined();
    const moved = movedBy(w, () => w.p.advance((start?.at ?? 0) - w.p.now()));
    expect(moved).toContain('deployments');
    expect(moved).not.toContain('devices');
    expect(moved).not.toContain('packages');
    expect(moved).not.toContain('secrets');
  });

  it('a network provisioning moves networks, not deployments', () => {
    const w = makeWorld();
    w.p.advance(10 * MINUTE);
    const net = w.must(w.p.createNetwork({ name: 'net-x', runtime: 'cloud', rosDistro: 'noetic' }));
    const provision = w.p.getState().timers.find((t) => t.kind === 'network.provision' && t.target === net.id);
    expect(provision).toBeDefined();
    expect(w.p.getState().timers.filter((t) => t.at <= (provision?.at ?? 0))).toEqual([provision]);
    const moved = movedBy(w, () => w.p.advance((provision?.at ?? 0) - w.p.now()));
    expect(moved).toEqual(expect.arrayContaining(['networks', 'events']));
    expect(moved).not.toContain('deployments');
  });

  it('switching the user moves users only; a registry secret moves secrets and not deployments', () => {
    const w = makeWorld();
    expect(movedBy(w, () => w.must(w.p.setCurrentUser('usr-lena')))).toEqual(['users']);
    const moved = movedBy(w, () => w.must(w.p.createSecret({ name: 'registry-x', registry: 'docker.io', username: 'bot', email: 'bot@example.com' })));
    expect(moved).toContain('secrets');
    expect(moved).not.toContain('deployments');
  });

  it('a fault counts as changing every kind; a refused command moves none', () => {
    const w = makeWorld();
    expect(movedBy(w, () => w.must(w.p.injectFault({ kind: 'device-offline', deviceId: w.device('warehouse-amr-01') })))).toHaveLength(WORLD_KINDS.length);
    expect(movedBy(w, () => w.p.deploy({ name: 'Not A Name!', packageId: w.pkg.telemetry }))).toEqual([]);
  });
});
