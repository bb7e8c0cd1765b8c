import { describe, expect, it } from 'vitest';
import { MINUTE } from './durations';
import { migrateState } from './migrate';
import { createPlatform } from './platform';
import { listScenarios } from './scenarios';

const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('the saved-state check', () => {
  it('accepts every scenario, fresh and after an hour of simulated time', () => {
    for (const { name } of listScenarios().filter((s) => s.name !== 'fleet-scale')) {
      const p = createPlatform({ scenario: name, seed: 3 });
      expect(migrateState(roundTrip(p.getState())), name).toMatchObject({ ok: true });
      p.advance(60 * MINUTE);
      const later = migrateState(roundTrip(p.getState()));
      expect(later.ok ? 'ok' : later.error.message, name).toBe('ok');
    }
  });
});

describe('a planted save', () => {
  const p = createPlatform({ scenario: 'default', seed: 5 });
  p.advance(10 * MINUTE);
  const saved = JSON.stringify(p.getState());
  /** The save with the value at the dotted `path` replaced (`undefined`: removed). */
  const plant = (path: string, value: unknown) => {
    const state = JSON.parse(saved) as Record<string, unknown>;
    const keys = path.split('.');
    const last = keys.pop() as string;
    const parent = keys.reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, state);
    if (value === undefined) delete parent[last];
    else parent[last] = value;
    return migrateState(state);
  };

  it.each<[string, string, unknown]>([
    ['a simulated time of 1e16', 'now', 1e16],
    ['a start far in the future', 'startedAt', 1e300],
    ['a time before 1970', 'deployments.0.createdAt', -1],
    ['a log line at 1e16', 'logs.0.at', 1e16],
    ['a time that is not a number', 'deployments.0.phaseHistory.0.at', null],
    ['an optional time out of range', 'deployments.0.stoppedAt', 9e15],
    ['a timer kind named toString', 'timers.0.kind', 'toString'],
    ['a timer kind named constructor', 'timers.0.kind', 'constructor'],
    ['an unknown timer kind', 'timers.0.kind', 'deploy.explode'],
    ['a history entry without config', 'deployments.0.history.0.config', undefined],
    ['a history entry without error codes', 'deployments.0.history.0.errorCodes', undefined],
    ['a config without executables', 'deployments.0.history.0.config.components.0.executables', undefined],
    ['a negative restart count', 'deployments.0.components.0.executables.0.restartCount', -3],
    ['an error code that is not one', 'deployments.0.errorCodes', ['toString']],
    ['a random state out of range', 'rng', 2 ** 40],
    ['a generation of 1e300', 'deployments.0.generation', 1e300],
    ['a package without its creation time', 'packages.0.createdAt', undefined],
    ['a link loss over 100 %', 'networks.0.link.lossPercent', 140],
    ['a link without its start', 'networks.0.link.since', undefined],
    ['a device link flapping without its down period', 'devices.0.link', { latencyMs: 0, lossPercent: 1, flapping: { upSeconds: 5 }, since: 0 }],
    ['the random state of a volume deployment out of range', 'deployments.0.rng', 2 ** 40],
    ['a volume whose deployment is not named by text', 'volumes.0.deploymentId', 7],
    ['a volume reason that is not text', 'volumes.0.reason', false],
    ['a released mark that is not a boolean', 'volumes.0.released', 'yes'],
    // The first two deployments are the volumes' (no ROS); fleet-manager-prod's bridge comes next.
    ['a bridge check at 1e16', 'deployments.2.components.0.cloudBridge.linkTickAt', 1e16],
  ])('with %s is refused, naming the field', (_, path, value) => {
    const result = plant(path, value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.path.startsWith(path)).toBe(true);
  });

  it('a field that only an inherited property would supply is missing', () => {
    const state = JSON.parse(saved) as { users: Record<string, unknown>[] };
    const user = state.users[0] as Record<string, unknown>;
    delete user.name;
    Object.setPrototypeOf(user, { name: 'inherited' });
    expect(migrateState(state)).toMatchObject({ ok: false, error: { path: 'users.0.name' } });
  });
});

describe('kept platform fields in a save', () => {
  it('restores configurations, package labels, onboarded devices and secrets, and refuses a configuration that is not an object', () => {
    const p = createPlatform({ scenario: 'default', seed: 6 });
    const device = p.createDevice({ name: 'kept-robot', architecture: 'arm64v8', runtimes: ['docker'], configuration: { 'spec.configVariables': { a: '1' } } });
    const secret = p.createSecret({ name: 'kept-registry', registry: 'https://registry.example.com', username: 'u', email: 'u@example.com' });
    const volume = p.createVolume({ name: 'kept-disk', capacityGiB: 4, configuration: { 'spec.diskType': 'ssd' } });
    expect([device.ok, secret.ok, volume.ok]).toEqual([true, true, true]);
    const restored = migrateState(roundTrip(p.getState()));
    if (!restored.ok) throw new Error(restored.error.message);
    expect(restored.state.devices.find((d) => d.name === 'kept-robot')?.configuration).toEqual({ 'spec.configVariables': { a: '1' } });
    expect(restored.state.secrets?.map((s) => s.name)).toEqual(['kept-registry']);
    const broken = roundTrip(p.getState()) as { volumes: { configuration?: unknown }[] };
    const disk = broken.volumes.find((v) => v.configuration !== undefined);
    if (disk) disk.configuration = 'ssd';
    expect(migrateState(broken)).toMatchObject({ ok: false });
  });
});
