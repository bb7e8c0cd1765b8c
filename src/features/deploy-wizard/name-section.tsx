import { useFieldArray, useFormContext } from 'react-hook-form';
import { deploymentNameRules, labelRules } from '../../api';
import { TextField } from '../../components/field/field';
import type { WizardValues } from './form-model';
import { useValidatedRegister } from './use-validated-register';
import { RepeatingRows } from './repeating-rows';
import styles from './name-section.module.css';
import { WizardStep } from './wizard-step';

export function NameSection() {
  const { control, formState } = useFormContext<WizardValues>();
  const validated = useValidatedRegister();
  const { errors } = formState;
  const labels = useFieldArray({ control, name: 'labels' });
  return (
    <WizardStep title="Name and labels" description="Name this deployment of the package. Labels are key-value pairs you can filter deployments by.">
      <div className={styles.name}>
        <TextField label="Name of deployment" required autoComplete="off" hint={deploymentNameRules} error={errors.name?.message} {...validated('name')} />
      </div>
      <div className={styles.labels}>
        <h3 className={styles.subheading}>Labels</h3>
        <p className={styles.hint}>{labelRules}</p>
        <RepeatingRows
          rowKeys={labels.fields.map((f) => f.id)}
          emptyText="No labels."
          addLabel="Add label"
          onAdd={() => labels.append({ key: '', value: '' })}
          removeLabel="Remove label"
          onRemove={labels.remove}
          renderRow={(i) => (
            <>
              <TextField label="Label key" autoComplete="off" error={errors.labels?.[i]?.key?.message} {...validated(`labels.${i}.key`)} />
              <TextField label="Label value" autoComplete="off" error={errors.labels?.[i]?.value?.message} {...validated(`labels.${i}.value`)} />
            </>
          )}
        />
      </div>
    </WizardStep>
  );
}
