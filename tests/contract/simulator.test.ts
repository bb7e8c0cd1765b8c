import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/api/api-error';
import { apiRequest } from '../../src/api/client';
import { servedDeployment, eventList, faultResult, paths, scenarioList, simulatorStatus, userResource } from '../../src/api/contract';
import { deployCloud, getDeployment, untilRunning } from './fixtures';
import { advance, call, del, failed, get, ok, post, put, status, setupMockPlatform, deploymentOf } from './harness';

const { defaultScenario } = setupMockPlatform();

describe('simulator status and clock', () => {
  it('reports the simulated clock, seed, scenario and users', async () => {
    const s = await status();
    expect(s).toMatchObject({ kind: 'SimulatorStatus', scenario: defaultScenario, paused: true });
    expect(s.users.length).toBeGreaterThan(1);
    expect(s.users.some((u) => u.spec.role === 'viewer')).toBe(true);
    expect(s.currentUser.spec.role).toBe('operator');
    expect(s.notice).toBeUndefined();
  });

  it('pauses, resumes and sets the speed', async () => {
    expect(ok(await post('api/simulator/clock', { paused: false, speed: 60 }), simulatorStatus)).toMatchObject({ paused: false, speed: 60 });
    expect(ok(await post('api/simulator/clock', { paused: true }), simulatorStatus)).toMatchObject({ paused: true, speed: 60 });
    expect(failed(await post('api/simulator/clock', { speed: 0 }), 400).field).toBe('speed');
    expect(failed(await post('api/simulator/clock', {}), 400).code).toBe('invalid-body');
    expect(failed(await post('api/simulator/clock', { paused: 'yes' }), 400).field).toBe('paused');
  });

  it('advances the clock by hand', async () => {
    const before = Date.parse((await status()).now);
    const after = await advance(90_000);
    expect(Date.parse(after.now) - before).toBe(90_000);
    expect(failed(await post('api/simulator/clock/advance', { ms: -5 }), 400).field).toBe('ms');
    expect(failed(await post('api/simulator/clock/advance', { ms: 1.5 }), 400).field).toBe('ms');
    expect(failed(await call('POST', 'api/simulator/clock/advance', undefined, 'ms=5'), 400).code).toBe('invalid-json');
  });
});

describe('scenarios and reset', () => {
  it('lists scenarios and resets to one with a seed, replacing the world', async () => {
    const scenarios = ok(await get('api/simulator/scenarios'), scenarioList);
    expect(scenarios.items.map((s) => s.name)).toContain(defaultScenario);
    const dep = await deployCloud();
    const target = scenarios.items.find((s) => s.name !== defaultScenario && s.name !== 'fleet-scale') ?? scenarios.items.at(-1)!;
    const s = ok(await post('api/simulator/reset', { scenario: target.name, seed: 7 }), simulatorStatus);
    expect(s).toMatchObject({ scenario: target.name, seed: 7 });
    failed(await get(`api/v2/deployments/${dep.metadata.guid}`), 404);
  });

  it('is deterministic: the same seed gives the same ids', async () => {
    const first = await deployCloud('same-seed');
    ok(await post('api/simulator/reset', { scenario: defaultScenario, seed: 99 }), simulatorStatus);
    const a = await deployCloud('same-seed');
    ok(await post('api/simulator/reset', { scenario: defaultScenario, seed: 99 }), simulatorStatus);
    const b = await deployCloud('same-seed');
    expect(a.metadata.guid).toBe(b.metadata.guid);
    expect(first.metadata.name).toBe('same-seed');
  });

  it('refuses an unknown scenario', async () => {
    expect(failed(await post('api/simulator/reset', { scenario: 'atlantis' }), 404)).toMatchObject({ code: 'unknown-scenario', field: 'scenario' });
    expect(failed(await post('api/simulator/reset', { seed: 1 }), 400).field).toBe('scenario');
  });
});

describe('faults', () => {
  it('injects a crash into a running executable, visible on the deployment', async () => {
    const dep = await deployCloud();
    await untilRunning(dep.metadata.guid);
    const fault = { kind: 'crash', deploymentId: dep.metadata.guid, component: 'web', executable: 'server', exitCode: 137 };
    const result = ok(await post('api/simulator/faults', fault), faultResult, 202);
    expect(result.fault).toMatchObject({ kind: 'crash' });
    await advance(1000);
    const after = (await deploymentOf(await get(`api/v2/deployments/${dep.metadata.guid}`)));
    const exec = after.status.executables_status['web/server']!;
    expect(exec.restart_count + (exec.exit_code === 137 ? 1 : 0)).toBeGreaterThan(0);
  });

  it('validates the fault union and names the field', async () => {
    expect(failed(await post('api/simulator/faults', { kind: 'meteor' }), 400).field).toBe('kind');
    expect(failed(await post('api/simulator/faults', { kind: 'crash', deploymentId: 'dep-x', component: 'web' }), 400).field).toBe('executable');
    expect(failed(await post('api/simulator/faults', { kind: 'device-offline' }), 400).field).toBe('deviceId');
  });

  it('refuses faults on unknown targets with the engine’s code', async () => {
    const reply = await post('api/simulator/faults', { kind: 'device-offline', deviceId: 'no-such-device' });
    expect([404, 422]).toContain(reply.status);
    expect(failed(reply, reply.status).code).toBe('unknown-device');
  });
});

describe('users and events', () => {
  it('switches the current user; unknown users are refused', async () => {
    const s = await status();
    const viewer = s.users.find((u) => u.spec.role === 'viewer')!;
    expect(ok(await put('api/simulator/user', { userId: viewer.metadata.guid }), userResource).metadata.guid).toBe(viewer.metadata.guid);
    expect((await status()).currentUser.metadata.guid).toBe(viewer.metadata.guid);
    const reply = await put('api/simulator/user', { userId: 'usr-nobody' });
    expect([404, 422]).toContain(reply.status);
    expect(failed(reply, reply.status).field).toBe('userId');
    expect(failed(await put('api/simulator/user', {}), 400).field).toBe('userId');
  });

  it('serves the world’s events in order, after a sequence number', async () => {
    const dep = await deployCloud();
    await untilRunning(dep.metadata.guid);
    const all = ok(await get('api/simulator/events?limit=1000'), eventList);
    expect(all.items.length).toBeGreaterThan(0);
    const s = await status();
    expect(s.lastEventSeq).toBe(all.items.at(-1)!.seq);
    const mine = ok(await get(`api/simulator/events?deployment=${dep.metadata.guid}`), eventList);
    expect(mine.items.every((e) => e.deploymentId === dep.metadata.guid)).toBe(true);
    expect(failed(await get('api/simulator/events?after=-1'), 400).field).toBe('after');
  });
});

describe('unknown routes', () => {
  it('answers unknown paths with 404 and wrong methods with 405, as problems', async () => {
    expect(failed(await get('api/v2/robots'), 404).code).toBe('not-found');
    expect(failed(await call('PUT', 'api/v2/deployments'), 405).code).toBe('method-not-allowed');
    expect(failed(await del('api/simulator/status'), 405).code).toBe('method-not-allowed');
  });
});

describe('the real client', () => {
  it('parses responses and throws ApiError with the problem’s code and field', async () => {
    const dep = await apiRequest(servedDeployment, paths.deployment((await deployCloud()).metadata.guid));
    expect(dep.kind).toBe('Deployment');
    const error = await apiRequest(servedDeployment, paths.deployments(), { method: 'POST', body: { metadata: {} } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'invalid-body', field: 'metadata.name' });
    const missing = await apiRequest(servedDeployment, paths.deployment('dep-missing')).catch((e: unknown) => e);
    expect(missing).toMatchObject({ status: 404, code: 'unknown-deployment' });
    await getDeployment(dep.metadata.guid);
  });
});
