import { describe, expect, it } from 'vitest';
import { toDeploymentView } from '../../api/deployments/deployment-view';
import { toDeploymentDocuments, toDeploymentTelemetry } from '../../mocks/wire/deployment';
import { createPlatform } from '../../platform';
import { FAULT_FIELDS, retarget } from './fault-form';
import { faultForm } from './fault-schema';

/** The deployment as the console reads it from the served documents and telemetry. */
const viewOf = (dep: Parameters<typeof toDeploymentTelemetry>[0], p: Parameters<typeof toDeploymentTelemetry>[1]) =>
  toDeploymentView(toDeploymentDocuments(dep, p) as [ReturnType<typeof toDeploymentDocuments>[number]], toDeploymentTelemetry(dep, p));

const platform = createPlatform({ seed: 1, scenario: 'default' });
const hybrid = platform.getState().deployments.find((d) => d.name === 'warehouse-hybrid-a');
if (!hybrid) throw new Error('no warehouse-hybrid-a in the default scenario');
const deployment = viewOf(hybrid, platform);

describe('fault form', () => {
  it('asks for a target', () => {
    const base = { deploymentId: 'dep-1', component: 'planner', executable: '', recoverAfter: '' };
    expect(faultForm.safeParse(base).success).toBe(true);
    expect(faultForm.safeParse({ ...base, component: '' }).error?.issues[0]?.message).toBe('Choose a component');
  });

  it('checks the recovery time of a stopped part: empty, or 1 second to a week', () => {
    const base = { deploymentId: 'dep-1', component: 'planner', executable: '' };
    expect(faultForm.safeParse({ ...base, recoverAfter: '' }).success).toBe(true);
    expect(faultForm.safeParse({ ...base, recoverAfter: ' 120 ' }).data?.recoverAfter).toBe('120');
    expect(faultForm.safeParse({ ...base, recoverAfter: 'soon' }).error?.issues[0]?.message).toBe('Seconds is a whole number');
    expect(faultForm.safeParse({ ...base, recoverAfter: '0' }).error?.issues[0]?.message).toBe('From 1 to 604800 seconds, or empty');
  });

  it('checks only what a fault reads', () => {
    expect(FAULT_FIELDS['duplicate-alias']).not.toContain('recoverAfter');
    expect(FAULT_FIELDS['stop-replicas']).toContain('recoverAfter');
  });

  it('follows the chosen component with one of its images', () => {
    expect(retarget(deployment)).toEqual({ component: 'planner', executable: 'route-planner' });
    expect(retarget(deployment, 'robot-agent')).toEqual({ component: 'robot-agent', executable: 'agent' });
    expect(retarget(deployment, 'gone')).toMatchObject({ component: 'planner' });
    expect(retarget(undefined)).toEqual({ component: '', executable: '' });
  });
});
