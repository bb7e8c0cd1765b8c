import { useFieldArray, useFormContext } from 'react-hook-form';
import type { DiskResource, PackageResource } from '../../api';
import { mountPathRules } from '../../api';
import { Field, TextField } from '../../components/field/field';
import { Select } from '../../components/field/input';
import { volumeChoices } from './choices';
import { cloudComponents, newVolumeRow, type WizardValues } from './form-model';
import { RepeatingRows } from './repeating-rows';
import { useValidatedRegister } from './use-validated-register';
import { WizardStep } from './wizard-step';

export function VolumesSection({ pkg, disks }: { pkg: PackageResource; disks: readonly DiskResource[] }) {
  const { control, formState } = useFormContext<WizardValues>();
  const validated = useValidatedRegister();
  const rows = useFieldArray({ control, name: 'volumes' });
  const choices = volumeChoices(disks);
  const cloud = cloudComponents(pkg);
  const errors = formState.errors.volumes;
  const blocked =
    cloud.length === 0
      ? 'Volumes mount on cloud components, and this package has none.'
      : choices.every((c) => !c.eligible)
        ? 'No volume can be mounted. Ensure that a running volume deployment is available: create a volume on the Volumes page first.'
        : undefined;
  return (
    <WizardStep title="Volumes" description="Mount a volume on a cloud component. Only Available or Released volumes can be mounted.">
      <RepeatingRows
        rowKeys={rows.fields.map((f) => f.id)}
        emptyText="No volumes."
        addLabel="Add volume"
        onAdd={() => rows.append(newVolumeRow(pkg))}
        addBlockedReason={blocked}
        removeLabel="Remove volume"
        onRemove={rows.remove}
        renderRow={(i) => (
          <>
            <Field label="Volume" required error={errors?.[i]?.volumeId?.message}>
              {(props) => (
                <Select {...props} {...validated(`volumes.${i}.volumeId`)}>
                  <option value="">Select a volume</option>
                  {choices.map((c) => (
                    <option key={c.value} value={c.value} disabled={!c.eligible}>
                      {c.label}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label="Mount to component" required error={errors?.[i]?.component?.message}>
              {(props) => (
                <Select {...props} {...validated(`volumes.${i}.component`)}>
                  <option value="">Select a component</option>
                  {cloud.map((c) => (
                    <option key={c.name} value={c.name}>
                      {c.name}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <TextField
              label="Mount path"
              required
              autoComplete="off"
              placeholder="/data"
              hint={mountPathRules}
              error={errors?.[i]?.mountPath?.message}
              {...validated(`volumes.${i}.mountPath`)}
            />
          </>
        )}
      />
    </WizardStep>
  );
}
