import { describe, expect, it } from 'vitest';
import { aggregateStatus } from './status';
import type { Deployment, ErrorCode, ExecutableStatus } from './types';
import { newExecutable } from './lifecycle/executables';

function deployment(phase: Deployment['phase'], statuses: ExecutableStatus[]): Deployment {
  const executables = statuses.map((status, i) => ({ ...newExecutable({ name: `e${i}`, type: 'docker', command: 'run' }), status }));
  return { phase, components: [{ name: 'c', runtime: 'cloud', rosServices: [], executables, deprovisioned: false }] } as unknown as Deployment;
}

describe('aggregate status', () => {
  it.each([
    ['Stopped', [], ['running'], 'Stopped'],
    ['Succeeded', ['DEP_E151'], ['running', 'unknown'], 'Error'],
    ['Succeeded', [], ['running', 'pending', 'unknown'], 'Pending'],
    ['Succeeded', [], ['running', 'terminating'], 'Pending'],
    ['Succeeded', [], ['running', 'unknown'], 'Unknown'],
    ['Succeeded', [], ['running', 'running'], 'Running'],
    ['Provisioning', ['DEP_E153'], ['error', 'pending'], 'Error'],
  ] as [Deployment['phase'], ErrorCode[], ExecutableStatus[], string][])('%s with codes %j and executables %j → %s', (phase, codes, statuses, expected) => {
    expect(aggregateStatus(deployment(phase, statuses), codes)).toBe(expected);
  });

  it('ignores deprovisioned components', () => {
    const d = deployment('PartiallyDeprovisioned', ['terminated']);
    (d.components[0] as { deprovisioned: boolean }).deprovisioned = true;
    expect(aggregateStatus(d, [])).toBe('Running');
  });
});
