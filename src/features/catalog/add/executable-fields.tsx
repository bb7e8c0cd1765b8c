import { useFormContext, useWatch } from 'react-hook-form';
import type { Runtime } from '../../../api';
import { Button } from '../../../components/button/button';
import { Field, TextField } from '../../../components/field/field';
import { Select } from '../../../components/field/input';
import { fieldError } from './form-field-error';
import type { PackageFormValues } from './package-form-values';
import styles from './add-package.module.css';

export interface ExecutableFieldsProps {
  component: number;
  index: number;
  runtime: Runtime;
  /** Absent for a component's only executable: a component needs one. */
  onRemove?: () => void;
}

export function ExecutableFields({ component, index, runtime, onRemove }: ExecutableFieldsProps) {
  const { register, control, formState } = useFormContext<PackageFormValues>();
  const base = `spec.components.${component}.executables.${index}` as const;
  const type = useWatch({ control, name: `${base}.type` });
  const error = (field: string) => fieldError(formState.errors, `${base}.${field}`);
  const docker = type === 'docker';

  return (
    <fieldset className={styles.executable}>
      <legend className={styles.subLegend}>Executable {index + 1}</legend>
      <div className={styles.grid}>
        <TextField label="Executable name" required error={error('name')} autoComplete="off" {...register(`${base}.name`)} />
        <Field label="Type" error={error('type')}>
          {(control) => (
            <Select {...control} {...register(`${base}.type`)}>
              <option value="docker">Docker</option>
              {(runtime === 'device' || type === 'preInstalled') && <option value="preInstalled">Preinstalled</option>}
            </Select>
          )}
        </Field>
        {docker && (
          <>
            <TextField label="Docker image" required error={error('image')} placeholder="registry.example.com/team/app" autoComplete="off" {...register(`${base}.image`)} />
            <TextField label="Tag" required error={error('tag')} placeholder="1.0.0" autoComplete="off" {...register(`${base}.tag`)} />
          </>
        )}
        <div className={docker ? styles.wide : styles.wider}>
          <TextField
            label="Command"
            required={!docker}
            error={error('command')}
            hint={docker ? 'Leave empty to run the image’s own entrypoint.' : 'Runs on the device from its $PATH, e.g. roslaunch my_robot bringup.launch.'}
            autoComplete="off"
            {...register(`${base}.command`)}
          />
        </div>
      </div>
      {onRemove && (
        <Button variant="ghost" size="sm" icon="x" className={styles.remove} onClick={onRemove}>
          Remove executable
        </Button>
      )}
    </fieldset>
  );
}
