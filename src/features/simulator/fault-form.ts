// The `Inject a fault` form: its fields, which of them each fault reads, and how a target change resets the rest.
import { componentTargets, imageExecutables, type DeploymentFaultKind } from './deployment-faults';
import type { DeploymentResource } from '../../api';
import type { FaultFormInput } from './fault-schema';

/** A week: the longest a stopped platform part may take to come back by itself. */
export const MAX_RECOVERY_SECONDS = 7 * 24 * 3600;

export type { FaultFormInput, FaultFormOutput } from './fault-schema';
type Field = keyof FaultFormInput;

/** Only the fields a fault reads are checked when its button is pressed. */
export const FAULT_FIELDS: Record<DeploymentFaultKind, Field[]> = {
  'duplicate-alias': ['deploymentId', 'component'],
  'duplicate-ros-service': ['deploymentId', 'component'],
  'stop-bridge': ['deploymentId', 'component', 'recoverAfter'],
  'stop-replicas': ['deploymentId', 'component', 'recoverAfter'],
  'stop-ros-master': ['deploymentId', 'component', 'recoverAfter'],
  'remove-image': ['deploymentId', 'component', 'executable'],
};

/** The form's target fields after choosing a deployment (and maybe a component): the rest follow the component. */
export function retarget(d: DeploymentResource | undefined, component?: string): Pick<FaultFormInput, 'component' | 'executable'> {
  const targets = d ? componentTargets(d) : [];
  const target = targets.find((t) => t.name === component) ?? targets[0];
  if (!target) return { component: '', executable: '' };
  return {
    component: target.name,
    executable: imageExecutables(target)[0]?.name ?? '',
  };
}
