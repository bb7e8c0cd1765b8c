// Random sequences of commands, faults and clock moves: the engine never makes a phase move the guide does not
// allow, never loses a deployment, never lowers a generation or rewrites history, and replays identically.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DeployRequest, Fault } from './api';
import { MINUTE, SECOND } from './durations';
import { migrateState } from './migrate';
import { aggregateStatus } from './status';
import { expectLegalHistories } from './test-support/histories';
import { makeWorld, type World } from './test-support/world';
import type { HistoryEntry, PlatformState, RestartPolicy } from './types';

type Action =
  | { t: 'deploy'; template: number; policy: number }
  | { t: 'update'; dep: number; tag: number }
  | { t: 'rollback'; dep: number; generation: number }
  | { t: 'deprovision'; dep: number }
  | { t: 'device'; kind: 'device-offline' | 'device-online' | 'device-reboot'; device: number }
  | { t: 'exec'; kind: 'crash' | 'crash-loop' | 'stop-container'; dep: number; exec: number; exitCode: number }
  | { t: 'world'; kind: WorldFault; dep: number }
  | { t: 'isolate'; dep: number; then: 'update' | 'deprovision' }
  | { t: 'advance'; ms: number };

const WORLD_FAULTS = [
  'remove-image',
  'network-error',
  'network-recover',
  'network-link',
  'duplicate-alias',
  'remove-bridge-library',
  'stop-bridge',
  'stop-replicas',
  'stop-ros-master',
  'control-plane-down',
  'restart-parts',
] as const;
type WorldFault = (typeof WORLD_FAULTS)[number];

/** The devices the templates deploy to, plus the device network's host. */
const DEVICES = ['warehouse-amr-01', 'warehouse-amr-02', 'lab-turtlebot-01', 'lab-turtlebot-02', 'rpi-sensor-01', 'agv-field-02', 'jetson-vision-01', 'edge-gateway-01'];

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ t: fc.constant('deploy' as const), template: fc.nat(8), policy: fc.nat(2) }) },
  { weight: 4, arbitrary: fc.record({ t: fc.constant('update' as const), dep: fc.nat(), tag: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('rollback' as const), dep: fc.nat(), generation: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('deprovision' as const), dep: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ t: fc.constant('device' as const), kind: fc.constantFrom('device-offline' as const, 'device-online' as const, 'device-reboot' as const), device: fc.nat(DEVICES.length - 1) }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('exec' as const), kind: fc.constantFrom('crash' as const, 'crash-loop' as const, 'stop-container' as const), dep: fc.nat(), exec: fc.nat(3), exitCode: fc.constantFrom(0, 1, 137) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('world' as const), kind: fc.constantFrom(...WORLD_FAULTS), dep: fc.nat() }) },
  // Takes the deployment's device offline, then updates or deprovisions it: the paths to Failed To Update and
  // Partially deprovisioned.
  { weight: 2, arbitrary: fc.record({ t: fc.constant('isolate' as const), dep: fc.nat(), then: fc.constantFrom('update' as const, 'deprovision' as const) }) },
  {
    weight: 6,
    arbitrary: fc.record({
      t: fc.constant('advance' as const),
      ms: fc.oneof(fc.integer({ min: 0, max: 5 * SECOND }), fc.integer({ min: 5 * SECOND, max: 2 * MINUTE }), fc.integer({ min: 2 * MINUTE, max: 20 * MINUTE })),
    }),
  },
);

const POLICIES: RestartPolicy[] = ['always', 'onfailure', 'never'];

function templates(w: World, name: string, policy: RestartPolicy): DeployRequest[] {
  const on = (component: string, device: string, alias?: string) => ({ [component]: { deviceId: w.device(device), restartPolicy: policy, ...(alias ? { alias } : {}) } });
  return [
    { name, packageId: w.pkg.telemetry },
    { name, packageId: w.pkg.nav, routedNetworkId: w.cloudNet, components: on('navigation', 'warehouse-amr-01', name) },
    { name, packageId: w.pkg.nav, routedNetworkId: w.cloudNet, components: on('navigation', 'warehouse-amr-02', name) },
    { name, packageId: w.pkg.nav, routedNetworkId: w.cloudNet, components: on('navigation', 'lab-turtlebot-02') },
    { name, packageId: w.pkg.sensors, components: on('gateway', 'rpi-sensor-01') },
    { name, packageId: w.pkg.teleop, routedNetworkId: w.cloudNet, components: on('teleop', 'lab-turtlebot-01', name) },
    { name, packageId: w.pkg.hybrid, routedNetworkId: w.cloudNet, components: on('robot-agent', 'agv-field-02', name) },
    { name, packageId: w.pkg.fleet, routedNetworkId: w.cloudNet },
    { name, packageId: w.pkg.vision, routedNetworkId: w.lanNet, components: on('inspection', 'jetson-vision-01', name) },
  ];
}

function apply(w: World, a: Action, step: number): void {
  // Mostly live deployments (stopped ones refuse nearly everything), sometimes any.
  const deployments = w.p.getState().deployments;
  const live = w.p.listDeployments();
  const pick = (n: number) => (n % 5 === 0 || live.length === 0 ? deployments[n % Math.max(1, deployments.length)] : live[n % live.length]);
  const d = 'dep' in a ? pick(a.dep) : undefined;
  switch (a.t) {
    case 'deploy': {
      const list = templates(w, `job-${step}`, POLICIES[a.policy] as RestartPolicy);
      w.p.deploy(list[a.template % list.length] as DeployRequest);
      return;
    }
    case 'update': {
      const comp = d?.components[0];
      const ex = comp?.executables[0];
      const spec = w.p.getPackage(d?.packageId ?? '')?.components[0]?.executables[0];
      const tag = spec?.builds[a.tag % Math.max(1, spec.builds.length)]?.tag;
      if (d && comp && ex) w.p.update(d.id, { components: [{ name: comp.name, ...(tag ? { executables: { [ex.name]: tag } } : {}) }] });
      return;
    }
    case 'rollback':
      if (d) w.p.rollback(d.id, a.generation);
      return;
    case 'deprovision':
      if (d) w.p.deprovision(d.id);
      return;
    case 'device':
      w.p.injectFault({ kind: a.kind, deviceId: w.device(DEVICES[a.device] as string) });
      return;
    case 'exec': {
      const comp = d?.components[0];
      const ex = comp?.executables[a.exec % Math.max(1, comp.executables.length)];
      if (!d || !comp || !ex) return;
      const target = { deploymentId: d.id, component: comp.name, executable: ex.name };
      w.p.injectFault(a.kind === 'stop-container' ? { kind: a.kind, ...target } : { kind: a.kind, ...target, exitCode: a.exitCode });
      return;
    }
    case 'world': {
      const comp = d?.components[0];
      const faults: Record<typeof a.kind, Fault | undefined> = {
        'remove-image': d && comp ? { kind: 'remove-image', packageId: d.packageId, component: comp.name, executable: comp.executables[0]?.name ?? '' } : undefined,
        'network-error': { kind: 'network-error', networkId: w.cloudNet },
        'network-recover': { kind: 'network-recover', networkId: w.cloudNet },
        'network-link': { kind: 'network-link', networkId: w.cloudNet, latencyMs: 400, lossPercent: 5, flapping: { downSeconds: 10, upSeconds: 50 } },
        'duplicate-alias': d && comp ? { kind: 'duplicate-alias', deploymentId: d.id, component: comp.name } : undefined,
        'remove-bridge-library': { kind: 'remove-bridge-library', deviceId: w.device('warehouse-amr-02'), library: 'transport' },
        'stop-bridge': d && comp ? { kind: 'part-failure', part: 'cloud-bridge', deploymentId: d.id, component: comp.name, recoverAfterSeconds: 90 } : undefined,
        'stop-replicas': d && comp ? { kind: 'part-failure', part: 'replicas', deploymentId: d.id, component: comp.name } : undefined,
        'stop-ros-master': comp?.deviceId ? { kind: 'part-failure', part: 'ros-master', deviceId: comp.deviceId, recoverAfterSeconds: 120 } : undefined,
        'control-plane-down': { kind: 'part-failure', part: 'control-plane', recoverAfterSeconds: 300 },
        'restart-parts': undefined,
      };
      if (a.kind === 'restart-parts') {
        for (const part of w.p.downParts()) {
          w.p.injectFault({ kind: 'part-restart', part: part.part, ...(part.deploymentId ? { deploymentId: part.deploymentId } : {}), ...(part.component ? { component: part.component } : {}), ...(part.deviceId ? { deviceId: part.deviceId } : {}) });
        }
        return;
      }
      const fault = faults[a.kind];
      if (fault) w.p.injectFault(fault);
      return;
    }
    case 'isolate': {
      const onDevice = d?.components.find((c) => c.deviceId !== undefined);
      if (!d || !onDevice?.deviceId) return;
      w.p.injectFault({ kind: 'device-offline', deviceId: onDevice.deviceId });
      if (a.then === 'deprovision') w.p.deprovision(d.id);
      else w.p.update(d.id, { components: [{ name: onDevice.name }] });
      return;
    }
    case 'advance':
      w.p.advance(a.ms);
      return;
  }
}

function historyGrewAppendOnly(before: HistoryEntry[], after: HistoryEntry[]): void {
  expect(after.length).toBeGreaterThanOrEqual(before.length);
  before.forEach((entry, i) => {
    const now = after[i] as HistoryEntry;
    if (entry.outcome === 'pending') expect({ ...now, outcome: 'pending', errorCodes: entry.errorCodes }).toEqual(entry);
    else expect(now).toEqual(entry);
  });
}

function checkInvariants(previous: PlatformState | undefined, state: PlatformState): void {
  expectLegalHistories(state);
  for (const d of state.deployments) {
    expect(d.errorCodes).toEqual([...new Set(d.errorCodes)].sort());
    expect(d.status).toBe(aggregateStatus(d, d.errorCodes));
  }
  if (!previous) return;
  const now = new Map(state.deployments.map((d) => [d.id, d]));
  for (const old of previous.deployments) {
    const d = now.get(old.id);
    expect(d, `deployment ${old.name} was lost`).toBeDefined();
    if (!d) continue;
    expect(d.generation).toBeGreaterThanOrEqual(old.generation);
    expect(d.phaseHistory.slice(0, old.phaseHistory.length)).toEqual(old.phaseHistory);
    historyGrewAppendOnly(old.history, d.history);
  }
}

function run(seed: number, actions: Action[], check: boolean): string {
  const w = makeWorld(seed);
  let previous: PlatformState | undefined;
  actions.forEach((a, step) => {
    apply(w, a, step);
    if (!check) return;
    const state = w.p.getState();
    checkInvariants(previous, state);
    previous = structuredClone(state);
  });
  return JSON.stringify(w.p.getState());
}

describe('random command sequences', () => {
  it('keep every rule of the lifecycle', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(action, { minLength: 20, maxLength: 60, size: 'medium' }), (seed, actions) => {
        run(seed, actions, true);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('leave a state that passes the restore check', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(action, { minLength: 20, maxLength: 60, size: 'medium' }), (seed, actions) => {
        const restored = migrateState(JSON.parse(run(seed, actions, false)));
        expect(restored.ok ? 'accepted' : restored.error.message).toBe('accepted');
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it('replay identically from the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(action, { minLength: 20, maxLength: 60, size: 'medium' }), (seed, actions) => {
        expect(run(seed, actions, false)).toBe(run(seed, actions, false));
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
