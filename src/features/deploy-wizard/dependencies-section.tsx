import { useFieldArray, useFormContext } from 'react-hook-form';
import type { DeploymentResource } from '../../api';
import { Field } from '../../components/field/field';
import { Select } from '../../components/field/input';
import { dependencyChoices } from './choices';
import type { WizardValues } from './form-model';
import { useValidatedRegister } from './use-validated-register';
import { RepeatingRows } from './repeating-rows';
import { WizardStep } from './wizard-step';

export function DependenciesSection({ deployments }: { deployments: readonly DeploymentResource[] }) {
  const { control, formState } = useFormContext<WizardValues>();
  const validated = useValidatedRegister();
  const rows = useFieldArray({ control, name: 'dependencies' });
  const choices = dependencyChoices(deployments);
  return (
    <WizardStep
      title="Dependencies"
      description="Deployments this one depends on. A dependency must be Succeeded or still Provisioning; the new deployment waits In progress until each one reads Running."
    >
      <RepeatingRows
        rowKeys={rows.fields.map((f) => f.id)}
        emptyText="No dependencies."
        addLabel="Add dependency"
        onAdd={() => rows.append({ deploymentId: '' })}
        addBlockedReason={choices.length === 0 ? 'No deployment is Succeeded or Provisioning, so there is nothing to depend on.' : undefined}
        removeLabel="Remove dependency"
        onRemove={rows.remove}
        renderRow={(i) => (
          <Field label="Dependent deployment" required error={formState.errors.dependencies?.[i]?.deploymentId?.message}>
            {(props) => (
              <Select {...props} {...validated(`dependencies.${i}.deploymentId`)}>
                <option value="">Select a deployment</option>
                {choices.map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        )}
      />
    </WizardStep>
  );
}
