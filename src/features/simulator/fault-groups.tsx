import type { UseFormReturn } from 'react-hook-form';
import { Button } from '../../components/button/button';
import { Field } from '../../components/field/field';
import { Select } from '../../components/field/input';
import {
  DEPLOYMENT_FAULT_LABELS,
  faultAvailability,
  imageExecutables,
  internalErrorCodes,
  internalErrorLabel,
  type ComponentTarget,
  type DeploymentFaultKind,
} from './deployment-faults';
import { type FaultFormInput, type FaultFormOutput } from './fault-form';
import { FaultGroup } from './fault-group';
import styles from './fault-groups.module.css';

export interface FaultGroupsProps {
  target: ComponentTarget;
  form: UseFormReturn<FaultFormInput, unknown, FaultFormOutput>;
  /** The fault on its way to the simulator. */
  busy?: string;
  onInject: (kind: DeploymentFaultKind) => void;
}

/** The faults for the chosen component, grouped by what they break; a group that cannot apply says why. */
export function FaultGroups({ target, form, busy, onInject }: FaultGroupsProps) {
  const { register, formState } = form;
  const button = (kind: DeploymentFaultKind) => (
    <Button key={kind} busy={busy === kind} onClick={() => onInject(kind)}>
      {DEPLOYMENT_FAULT_LABELS[kind]}
    </Button>
  );

  return (
    <div className={styles.groups}>
      <FaultGroup legend="Cloud bridge" availability={faultAvailability('duplicate-alias', target)}>
        <div className={styles.row}>
          {button('duplicate-alias')}
          {button('duplicate-ros-service')}
        </div>
      </FaultGroup>
      <FaultGroup legend="Platform" availability={faultAvailability('internal-error', target)}>
        <div className={styles.stack}>
          <Field label="Error code" error={formState.errors.code?.message}>
            {(control) => (
              <Select {...control} {...register('code')}>
                {internalErrorCodes(target.runtime).map((code) => (
                  <option key={code} value={code}>
                    {internalErrorLabel(code)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          {button('internal-error')}
        </div>
      </FaultGroup>
      <FaultGroup legend="Image registry" availability={faultAvailability('remove-image', target)}>
        <div className={styles.stack}>
          <Field label="Executable" error={formState.errors.executable?.message}>
            {(control) => (
              <Select {...control} {...register('executable')}>
                {imageExecutables(target).map((e) => (
                  <option key={e.name} value={e.name}>
                    {e.name}
                    {e.tag ? ` (${e.tag})` : ''}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          {button('remove-image')}
        </div>
      </FaultGroup>
    </div>
  );
}
