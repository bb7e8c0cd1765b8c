// The `Inject a fault` form: its fields, which of them each fault reads, and how a target change resets the rest.
import { z } from 'zod';
import { componentTargets, imageExecutables, internalErrorCodes, type DeploymentFaultKind } from './deployment-faults';
import type { DeploymentResource } from '../../api';

export const MAX_BURST = 1000;

export const faultForm = z.object({
  deploymentId: z.string().min(1, 'Choose a deployment'),
  component: z.string().min(1, 'Choose a component'),
  count: z
    .string()
    .trim()
    .regex(/^\d+$/, 'Warnings is a whole number')
    .transform(Number)
    .pipe(z.number().min(1, 'At least 1 warning').max(MAX_BURST, `At most ${MAX_BURST} warnings at once`)),
  code: z.string().min(1, 'Choose an error code'),
  executable: z.string(),
});
export type FaultFormInput = z.input<typeof faultForm>;
export type FaultFormOutput = z.output<typeof faultForm>;
type Field = keyof FaultFormInput;

/** Only the fields a fault reads are checked when its button is pressed. */
export const FAULT_FIELDS: Record<DeploymentFaultKind, Field[]> = {
  'duplicate-alias': ['deploymentId', 'component'],
  'duplicate-ros-service': ['deploymentId', 'component'],
  'warning-burst': ['deploymentId', 'component', 'count'],
  'internal-error': ['deploymentId', 'component', 'code'],
  'remove-image': ['deploymentId', 'component', 'executable'],
};

/** The form's target fields after choosing a deployment (and maybe a component): the rest follow the component. */
export function retarget(d: DeploymentResource | undefined, component?: string): Pick<FaultFormInput, 'component' | 'code' | 'executable'> {
  const targets = d ? componentTargets(d) : [];
  const target = targets.find((t) => t.name === component) ?? targets[0];
  if (!target) return { component: '', code: '', executable: '' };
  return {
    component: target.name,
    code: internalErrorCodes(target.runtime)[0] ?? '',
    executable: imageExecutables(target)[0]?.name ?? '',
  };
}
