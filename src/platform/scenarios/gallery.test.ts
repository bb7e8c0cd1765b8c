// The scenario gallery: each scenario stages its one situation of the deployments guide on its focus deployment,
// for any seed, for as long as it promises, quickly and reproducibly; together they cover the guide.
import { describe, expect, it } from 'vitest';
import type { Platform, ScenarioFocus } from '../api';
import { MINUTE, SECOND } from '../durations';
import { DEPLOYMENT_PHASES, DEPLOYMENT_STATUSES, ERROR_CODES, PHASE_LABELS } from '../../vocabulary';
import { createPlatform } from '../platform';
import { SCENARIO_NOW } from '../state';
import { expectLegalHistories } from '../test-support/histories';
import type { Deployment } from '../types';
import { buildGalleryScenario, DEFAULT_HOLD, GALLERY } from './gallery';
import { listScenarios, SCENARIO_TOPICS } from '.';

/** The focus deployment, by name, among all deployments (Stopped ones included). */
function focusOf(p: Platform, focus: ScenarioFocus): Deployment {
  const named = p.getState().deployments.filter((d) => d.name === focus.deploymentName);
  expect(named, `exactly one deployment named ${focus.deploymentName}`).toHaveLength(1);
  return named[0] as Deployment;
}

/** What the focus promises, as a comparable value (only the promised parts). */
function promised(focus: ScenarioFocus) {
  return { phase: focus.phase, status: focus.status, errorCode: focus.errorCode };
}
function shown(d: Deployment, focus: ScenarioFocus) {
  return {
    phase: focus.phase === undefined ? undefined : d.phase,
    status: focus.status === undefined ? undefined : d.status,
    errorCode: focus.errorCode === undefined ? undefined : d.errorCodes.find((c) => c === focus.errorCode),
  };
}

describe.each(GALLERY.map((g) => [g.name, g] as const))('%s', (name, scenario) => {
  it.each([1, 2])('stages its focus with seed %i', (seed) => {
    const p = createPlatform({ scenario: name, seed });
    expect(p.now()).toBe(SCENARIO_NOW);
    expect(p.getState()).toMatchObject({ scenario: name, seed });
    const d = focusOf(p, scenario.focus);
    expect(shown(d, scenario.focus)).toEqual(promised(scenario.focus));
    expectLegalHistories(p.getState());
  });

  it('holds what it promises once the clock runs', () => {
    const p = createPlatform({ scenario: name, seed: 1 });
    const d = focusOf(p, scenario.focus);
    const holdsFor = scenario.holdsFor ?? DEFAULT_HOLD;
    const step = holdsFor > 2 * MINUTE ? 5 * SECOND : SECOND;
    for (let t = step; t <= holdsFor; t += step) {
      p.advance(step);
      expect(shown(d, scenario.focus), `${t / SECOND} s after the hand-over`).toEqual(promised(scenario.focus));
    }
  });

  it('builds in under 50 ms', () => {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      buildGalleryScenario(scenario, 7 + i);
      best = Math.min(best, performance.now() - started);
    }
    expect(best).toBeLessThan(50);
  });
});

describe('determinism', () => {
  /** The scenario, then the same commands: a deployment on a device no scenario touches, a crash, a reboot, an hour. */
  function drive(name: string, focus: string, seed: number) {
    const p = createPlatform({ scenario: name, seed });
    // A scenario that holds the control plane down would hold the probe In progress too: restore it first.
    if (p.downParts().some((part) => part.part === 'control-plane')) p.injectFault({ kind: 'part-restart', part: 'control-plane' });
    const sensors = p.listPackages().find((x) => x.name === 'sensor-gateway');
    const dock = p.listDevices().find((x) => x.name === 'dock-controller-01');
    const probe = p.deploy({ name: 'determinism-probe', packageId: sensors?.id ?? '', components: { gateway: { deviceId: dock?.id ?? '', restartPolicy: 'always' } } });
    if (!probe.ok) throw new Error(probe.error.message);
    p.advance(5 * MINUTE);
    const crashed = p.injectFault({ kind: 'crash', deploymentId: probe.value.id, component: 'gateway', executable: 'gateway', exitCode: 1 });
    expect(crashed.ok ? undefined : crashed.error.message).toBeUndefined();
    expect(p.injectFault({ kind: 'device-reboot', deviceId: dock?.id ?? '' }).ok).toBe(true);
    p.advance(60 * MINUTE);
    const state = p.getState();
    return {
      ids: state.deployments.map((d) => d.id),
      timings: state.deployments.map((d) => d.phaseHistory),
      json: JSON.stringify(state),
      // The focus deployment's and the probe's logs (derived on query, so this also checks the derivation).
      logs: state.deployments
        .filter((d) => d.name === focus || d.id === probe.value.id)
        .map((d) => {
          const page = p.getLogs(d.id, { limit: 2000 });
          return page.ok ? page.value : undefined;
        }),
    };
  }

  it.each(GALLERY.map((g) => [g.name, g.focus.deploymentName]))('%s replays identically from the same seed and commands; another seed gives other ids', (name, focus) => {
    const a = drive(name, focus, 1);
    const b = drive(name, focus, 1);
    expect(b.ids).toEqual(a.ids);
    expect(b.timings).toEqual(a.timings);
    expect(b.logs).toEqual(a.logs);
    expect(b.json).toBe(a.json);
    expect(a.logs).toHaveLength(2);
    expect(a.logs.at(-1)?.lines.length, 'the probe has logs').toBeGreaterThan(0);
    const other = drive(name, focus, 2);
    expect(other.ids).toHaveLength(a.ids.length);
    for (const id of other.ids) expect(a.ids).not.toContain(id);
  });
});

describe('the gallery', () => {
  const infos = listScenarios();
  const gallery = infos.filter((s) => s.topic !== 'world');
  const focuses = gallery.map((s) => s.focus as ScenarioFocus);

  it('lists every gallery scenario after the worlds, with a topic, a focus and the guide\'s words', () => {
    expect(infos.slice(0, 3).map((s) => s.name)).toEqual(['default', 'empty-networks', 'fleet-scale']);
    expect(gallery.map((s) => s.name)).toEqual(GALLERY.map((g) => g.name));
    expect(new Set(infos.map((s) => s.name)).size).toBe(infos.length);
    expect(new Set(infos.map((s) => s.topic))).toEqual(new Set(SCENARIO_TOPICS));
    for (const s of gallery) {
      expect(s.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(s.focus?.deploymentName, s.name).toBeTruthy();
      expect(s.focus?.note, s.name).toBeTruthy();
      expect(s.description, s.name).toContain(`Open ${s.focus?.deploymentName} — `);
      if (s.focus?.phase) expect(s.description, s.name).toContain(PHASE_LABELS[s.focus.phase]);
      if (s.focus?.status) expect(s.description, s.name).toContain(`status ${s.focus.status}`);
      if (s.focus?.errorCode) expect(s.description, s.name).toContain(s.focus.errorCode);
    }
  });

  it('covers every phase and status of the guide', () => {
    expect(new Set(focuses.map((f) => f.phase))).toEqual(new Set(DEPLOYMENT_PHASES));
    expect(new Set(focuses.map((f) => f.status))).toEqual(new Set(DEPLOYMENT_STATUSES));
  });

  it('covers every row of the guide\'s error-code table', () => {
    const codes = new Set(focuses.map((f) => f.errorCode).filter((c) => c !== undefined));
    const rows = ERROR_CODES.map((e) => e.code);
    expect(rows).toHaveLength(16);
    for (const row of rows) expect(codes, row).toContain(row);
    for (const family of [/^DEP_E2\d\d$/, /^DEP_E3\d\d$/, /^DEP_E4\d\d$/]) expect([...codes].some((c) => family.test(c)), String(family)).toBe(true);
    for (const row of rows) expect(infos.map((s) => s.name), row).toContain(`error-${row.toLowerCase().replace('_', '-')}`);
  });

  it('covers each restart policy, its three exceptions and Failed To Update', () => {
    const names = infos.map((s) => s.name);
    for (const name of ['restart-always', 'restart-on-failure', 'restart-never', 'exception-missing-in-path', 'exception-shared-ros-master', 'exception-stopped-by-hand']) {
      expect(infos.find((s) => s.name === name)?.topic, name).toBe('restart-policy');
    }
    expect(infos.find((s) => s.name === 'failed-to-update')).toMatchObject({ topic: 'updates', focus: { phase: 'FailedToUpdate' } });
    expect(names).toContain('phase-failed-to-start');
  });
});
