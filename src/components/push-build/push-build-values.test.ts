import { describe, expect, it } from 'vitest';
import { placeProblem } from '../../lib/problem-fields';
import { pushBuildDefaults, PUSH_BUILD_WIRE_FIELDS, toPushBuildBody } from './push-build-values';

const target = { packageId: 'pkg-1', component: 'nav', executable: 'planner' };

describe('toPushBuildBody', () => {
  it('sends a sound build without a defect', () => {
    expect(toPushBuildBody(target, { ...pushBuildDefaults(' 1.2.0 '), exitCode: '7' })).toEqual({ ...target, tag: '1.2.0' });
  });

  it('sends the defect with the typed exit code; an empty one is left to the platform', () => {
    expect(toPushBuildBody(target, { ...pushBuildDefaults('1.2.0'), defect: 'crash-on-start', exitCode: '3' })).toEqual({
      ...target,
      tag: '1.2.0',
      defect: { kind: 'crash-on-start', exitCode: 3 },
    });
    expect(toPushBuildBody(target, { ...pushBuildDefaults('x'), defect: 'bad-entrypoint' }).defect).toEqual({ kind: 'bad-entrypoint' });
  });

  it('sends the uptime only for a build that crashes after a while', () => {
    expect(toPushBuildBody(target, { ...pushBuildDefaults('x'), defect: 'crash-after', afterSeconds: '90' }).defect).toEqual({ kind: 'crash-after', afterSeconds: 90 });
    expect(toPushBuildBody(target, { ...pushBuildDefaults('x'), defect: 'crash-on-start', afterSeconds: '90' }).defect).toEqual({ kind: 'crash-on-start' });
  });

  it('places the simulator’s refusals at the fields they name', () => {
    expect(placeProblem({ message: 'bad code', field: 'defect.exitCode' }, PUSH_BUILD_WIRE_FIELDS)).toEqual({ fields: { exitCode: 'bad code' } });
    expect(placeProblem({ message: 'no such package', field: 'packageId' }, PUSH_BUILD_WIRE_FIELDS)).toEqual({ fields: {}, general: 'no such package' });
  });
});
