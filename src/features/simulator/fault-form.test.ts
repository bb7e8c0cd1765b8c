import { describe, expect, it } from 'vitest';
import { toDeployment } from '../../mocks/wire/deployment';
import { createPlatform } from '../../platform';
import { FAULT_FIELDS, retarget } from './fault-form';
import { faultForm } from './fault-schema';

const platform = createPlatform({ seed: 1, scenario: 'default' });
const hybrid = platform.getState().deployments.find((d) => d.name === 'warehouse-hybrid-a');
if (!hybrid) throw new Error('no warehouse-hybrid-a in the default scenario');
const deployment = toDeployment(hybrid, platform);

describe('fault form', () => {
  it('asks for a target and a code', () => {
    const base = { deploymentId: 'dep-1', component: 'planner', code: 'DEP_E201', executable: '' };
    expect(faultForm.safeParse(base).success).toBe(true);
    expect(faultForm.safeParse({ ...base, component: '' }).error?.issues[0]?.message).toBe('Choose a component');
  });

  it('checks only what a fault reads', () => {
    expect(FAULT_FIELDS['duplicate-alias']).not.toContain('code');
    expect(FAULT_FIELDS['internal-error']).toContain('code');
  });

  it('follows the chosen component with a code of its runtime and one of its images', () => {
    expect(retarget(deployment)).toEqual({ component: 'planner', code: 'DEP_E201', executable: 'route-planner' });
    expect(retarget(deployment, 'robot-agent')).toEqual({ component: 'robot-agent', code: 'DEP_E302', executable: 'agent' });
    expect(retarget(deployment, 'gone')).toMatchObject({ component: 'planner' });
    expect(retarget(undefined)).toEqual({ component: '', code: '', executable: '' });
  });
});
