import { describe, expect, it } from 'vitest';
import { HOUR } from '../durations';
import { createPlatform } from '../platform';
import { buildFleetScale, FULL_FLEET } from './fleet-scale';
import { expectLegalHistories } from '../test-support/histories';

describe('fleet-scale', () => {
  it('builds a smaller fleet with legal phases only', () => {
    const state = buildFleetScale(3, { deployments: 600, devices: 120, networks: 6 });
    expect(state.deployments).toHaveLength(600);
    expectLegalHistories(state);
    const phases = new Set(state.deployments.map((d) => d.phase));
    for (const phase of ['Succeeded', 'Stopped', 'Provisioning']) expect(phases).toContain(phase);
    expect(state.deployments.some((d) => d.errorCodes.includes('DEP_E151'))).toBe(true);
    expect(state.deployments.some((d) => d.errorCodes.includes('DEP_E163'))).toBe(true);
  });

  it(`advances one simulated hour over ${FULL_FLEET.deployments.toLocaleString('en')} deployments in under a second`, () => {
    const built = performance.now();
    const p = createPlatform({ state: buildFleetScale(11) });
    const buildMs = performance.now() - built;
    expect(p.getState().deployments).toHaveLength(FULL_FLEET.deployments);
    expect(p.listDevices()).toHaveLength(FULL_FLEET.devices);
    expect(p.listNetworks()).toHaveLength(FULL_FLEET.networks);
    const start = performance.now();
    p.advance(HOUR);
    const hourMs = performance.now() - start;
    console.info(`fleet-scale: built in ${buildMs.toFixed(0)} ms; one simulated hour advanced in ${hourMs.toFixed(1)} ms`);
    expect(hourMs).toBeLessThan(1000);
  }, 30_000);
});
