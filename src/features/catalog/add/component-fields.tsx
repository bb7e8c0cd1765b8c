import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { Button } from '../../../components/button/button';
import { Field, TextField } from '../../../components/field/field';
import { Select } from '../../../components/field/input';
import { restartPolicyLabel, rosDistroLabel } from '../../../lib/labels';
import { ARCHITECTURES, RESTART_POLICIES, ROS_DISTROS } from '../../../vocabulary';
import { ExecutableFields } from './executable-fields';
import { fieldError } from './form-field-error';
import { emptyExecutable, type PackageFormValues } from './package-form-values';
import styles from './add-package.module.css';

export interface ComponentFieldsProps {
  index: number;
  /** Absent for the package's only component: a package needs one. */
  onRemove?: () => void;
}

export function ComponentFields({ index, onRemove }: ComponentFieldsProps) {
  const { register, control, formState } = useFormContext<PackageFormValues>();
  const base = `spec.components.${index}` as const;
  const runtime = useWatch({ control, name: `${base}.runtime` });
  const ros = useWatch({ control, name: `${base}.ros.enabled` });
  const executables = useFieldArray({ control, name: `${base}.executables` });
  const error = (field: string) => fieldError(formState.errors, `${base}.${field}`);
  const device = runtime === 'device';

  return (
    <fieldset className={styles.component}>
      <legend className={styles.legend}>Component {index + 1}</legend>
      <div className={styles.grid}>
        <TextField label="Component name" required error={error('name')} autoComplete="off" {...register(`${base}.name`)} />
        <Field label="Runtime" error={error('runtime')}>
          {(control) => (
            <Select {...control} {...register(`${base}.runtime`)}>
              <option value="cloud">Cloud</option>
              <option value="device">Device</option>
            </Select>
          )}
        </Field>
        {device ? (
          <Field label="Architecture" error={error('architecture')}>
            {(control) => (
              <Select {...control} {...register(`${base}.architecture`)}>
                {ARCHITECTURES.map((architecture) => (
                  <option key={architecture} value={architecture}>
                    {architecture}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        ) : (
          <p className={styles.fixed}>
            <span className={styles.fixedLabel}>Architecture</span>amd64 (cloud components run on amd64)
          </p>
        )}
        {device ? (
          <Field label="Restart policy" error={error('restart')} hint="Deployments can change it per device.">
            {(control) => (
              <Select {...control} {...register(`${base}.restart`)}>
                {RESTART_POLICIES.map((policy) => (
                  <option key={policy} value={policy}>
                    {restartPolicyLabel(policy)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        ) : (
          <p className={styles.fixed}>
            <span className={styles.fixedLabel}>Restart policy</span>Always (the cloud restarts what fails)
          </p>
        )}
        <div className={styles.rosRow}>
          <label className={styles.checkbox}>
            <input type="checkbox" {...register(`${base}.ros.enabled`)} />
            ROS component
          </label>
          {ros && (
            <Field label="ROS distro" required error={error('ros.distro')}>
              {(control) => (
                <Select {...control} {...register(`${base}.ros.distro`)}>
                  <option value="">Choose a distro</option>
                  {ROS_DISTROS.map((distro) => (
                    <option key={distro} value={distro}>
                      {rosDistroLabel(distro)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          )}
        </div>
      </div>
      <div className={styles.executables}>
        {executables.fields.map((field, j) => (
          <ExecutableFields
            key={field.id}
            component={index}
            index={j}
            runtime={runtime}
            onRemove={executables.fields.length > 1 ? () => executables.remove(j) : undefined}
          />
        ))}
      </div>
      <div className={styles.rowActions}>
        <Button size="sm" icon="layers" onClick={() => executables.append(emptyExecutable())}>
          Add executable
        </Button>
        {onRemove && (
          <Button variant="ghost" size="sm" icon="x" onClick={onRemove}>
            Remove component
          </Button>
        )}
      </div>
    </fieldset>
  );
}
