import { useState } from 'react';
import { FormProvider, useFieldArray, type FieldPath, type UseFormReturn } from 'react-hook-form';
import { packageVersionRules, resourceNameRules, usePermission, type CreatePackageBody, type PackageResource } from '../../../api';
import { useCreatePackage } from '../../../api/packages/mutations';
import { ActionButton } from '../../../components/action-button/action-button';
import { Button } from '../../../components/button/button';
import { TextField } from '../../../components/field/field';
import { ComponentFields } from './component-fields';
import { fieldError } from './form-field-error';
import { emptyComponent, type PackageFormValues } from './package-form-values';
import { serverProblems } from './server-problems';
import styles from './add-package.module.css';

export type PackageFormApi = UseFormReturn<PackageFormValues, unknown, CreatePackageBody>;

export interface PackageFormProps {
  /** Owned by the page, so what was typed survives switching to the manifest tab and back. */
  form: PackageFormApi;
  onCreated: (pkg: PackageResource) => void;
}

export function PackageForm({ form, onCreated }: PackageFormProps) {
  const create = useCreatePackage();
  const permission = usePermission();
  const [general, setGeneral] = useState<string>();
  const components = useFieldArray({ control: form.control, name: 'spec.components' });
  const { errors } = form.formState;

  const submit = form.handleSubmit((body) => {
    setGeneral(undefined);
    create.mutate(body, {
      onSuccess: onCreated,
      onError: (error) => {
        const problems = serverProblems(error);
        problems.fields.forEach((problem, index) =>
          form.setError(problem.path as FieldPath<PackageFormValues>, { type: 'server', message: problem.message }, { shouldFocus: index === 0 }),
        );
        setGeneral(problems.general);
      },
    });
  });

  return (
    <FormProvider {...form}>
      <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
        <fieldset className={styles.component}>
          <legend className={styles.legend}>Package</legend>
          <div className={styles.grid}>
            <TextField label="Package name" required error={fieldError(errors, 'metadata.name')} hint={resourceNameRules} autoComplete="off" {...form.register('metadata.name')} />
            <TextField label="Version" required error={fieldError(errors, 'metadata.version')} hint={packageVersionRules} autoComplete="off" {...form.register('metadata.version')} />
            <div className={styles.wide}>
              <TextField label="Description" error={fieldError(errors, 'metadata.description')} autoComplete="off" {...form.register('metadata.description')} />
            </div>
          </div>
        </fieldset>
        {components.fields.map((field, index) => (
          <ComponentFields key={field.id} index={index} onRemove={components.fields.length > 1 ? () => components.remove(index) : undefined} />
        ))}
        <div>
          <Button icon="grid" onClick={() => components.append(emptyComponent())}>
            Add component
          </Button>
        </div>
        {general && (
          <div role="alert" className={styles.alert}>
            {general}
          </div>
        )}
        <div className={styles.submit}>
          <ActionButton type="submit" variant="primary" busy={create.isPending} availability={permission}>
            Add package
          </ActionButton>
        </div>
      </form>
    </FormProvider>
  );
}
