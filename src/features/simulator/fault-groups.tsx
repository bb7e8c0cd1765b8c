import type { UseFormReturn } from 'react-hook-form';
import { Button } from '../../components/button/button';
import { Field, TextField } from '../../components/field/field';
import { Select } from '../../components/field/input';
import {
  DEPLOYMENT_FAULT_LABELS,
  faultAvailability,
  imageExecutables,
  partStops,
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
      <FaultGroup legend="Platform parts" availability={faultAvailability(partStops(target)[0] ?? 'stop-ros-master', target)}>
        <div className={styles.count}>
          <TextField
            label="Recovers after (seconds)"
            title="Empty: the part stays down until it is restarted under Platform parts"
            inputMode="numeric"
            autoComplete="off"
            error={formState.errors.recoverAfter?.message}
            {...register('recoverAfter')}
          />
        </div>
        <div className={styles.row}>{partStops(target).map(button)}</div>
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
