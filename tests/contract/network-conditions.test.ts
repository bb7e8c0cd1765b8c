// GET/PUT /api/simulator/network: the simulated network slows or fails platform requests (/api/v2/...), never the
// simulator's own, and a PUT replaces the conditions (an omitted setting is healthy).
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/api/api-error';
import { apiRequest } from '../../src/api/client';
import { deviceList, networkConditions, paths, servedPackageList, simulatorStatus } from '../../src/api/contract';
import { failed, get, ok, put, setupMockPlatform, packagesAt } from './harness';

const { host } = setupMockPlatform();
afterEach(() => void host.setNetwork({ latencyMs: 0, failPercent: 0 }));

describe('network conditions', () => {
  it('starts healthy', async () => {
    expect(ok(await get('api/simulator/network'), networkConditions)).toEqual({
      apiVersion: 'simulator.gantry.dev/v1',
      kind: 'NetworkConditions',
      latencyMs: 0,
      failPercent: 0,
    });
    expect(ok(await get('api/simulator/status'), simulatorStatus).network).toEqual({ latencyMs: 0, failPercent: 0 });
  });

  it('fails every platform request with a retryable 503 problem, but never the simulator', async () => {
    expect(ok(await put('api/simulator/network', { failPercent: 100 }), networkConditions)).toMatchObject({ latencyMs: 0, failPercent: 100 });
    expect(failed(await get('api/v2/packages'), 503)).toMatchObject({ code: 'platform-unavailable', title: 'Service Unavailable' });
    failed(await put('api/v2/me', {}), 503);
    ok(await get('api/simulator/status'), simulatorStatus);
    const error = await apiRequest(servedPackageList, paths.packages()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 503, code: 'platform-unavailable', retryable: true });
    ok(await put('api/simulator/network', {}), networkConditions);
    (await packagesAt('api/v2/packages'));
  });

  it('cuts the connection for a number of real seconds, reported with its end, and restores it', async () => {
    const before = Date.now();
    const cut = ok(await put('api/simulator/network', { latencyMs: 20, outageSeconds: 30 }), networkConditions);
    const until = Date.parse(cut.outageUntil!);
    expect(until - before).toBeGreaterThanOrEqual(30_000);
    expect(until - Date.now()).toBeLessThanOrEqual(30_000);
    expect(ok(await get('api/simulator/status'), simulatorStatus).network).toMatchObject({ latencyMs: 20, outageUntil: cut.outageUntil });
    failed(await get('api/v2/devices'), 503);
    expect(ok(await put('api/simulator/network', {}), networkConditions).outageUntil).toBeUndefined();
    ok(await get('api/v2/devices'), deviceList);
  });

  it('forgets an outage that has ended', async () => {
    const reply = ok(await put('api/simulator/network', { outageUntil: new Date(Date.now() - 1000).toISOString() }), networkConditions);
    expect(reply.outageUntil).toBeUndefined();
    (await packagesAt('api/v2/packages'));
  });

  it('adds the latency to platform requests only', async () => {
    ok(await put('api/simulator/network', { latencyMs: 300 }), networkConditions);
    const slow = Date.now();
    (await packagesAt('api/v2/packages'));
    expect(Date.now() - slow).toBeGreaterThanOrEqual(290);
    const quick = Date.now();
    ok(await get('api/simulator/status'), simulatorStatus);
    expect(Date.now() - quick).toBeLessThan(290);
  });

  it('refuses bad values and names the field', async () => {
    expect(failed(await put('api/simulator/network', { failPercent: 150 }), 400)).toMatchObject({ code: 'invalid-body', field: 'failPercent' });
    expect(failed(await put('api/simulator/network', { latencyMs: -1 }), 400).field).toBe('latencyMs');
    expect(failed(await put('api/simulator/network', { latencyMs: 1.5 }), 400).field).toBe('latencyMs');
    expect(failed(await put('api/simulator/network', { outageSeconds: 0 }), 400).field).toBe('outageSeconds');
    expect(failed(await put('api/simulator/network', { outageSeconds: 5, outageUntil: new Date().toISOString() }), 400).field).toBe('outageUntil');
    expect(failed(await put('api/simulator/network', undefined), 400).code).toBe('invalid-body');
    expect(host.network()).toEqual({ latencyMs: 0, failPercent: 0 });
  });
});
