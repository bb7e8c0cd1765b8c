import { useEffect, useState } from 'react';
import { useForm, useWatch, type UseFormSetValue } from 'react-hook-form';
import { useSimulatorControls, type DeploymentResource } from '../../api';
import { Field } from '../../components/field/field';
import { Select } from '../../components/field/input';
import { describeError } from '../../lib/errors';
import { componentTargets, deploymentFaultBody, DEPLOYMENT_FAULT_LABELS, type DeploymentFaultKind } from './deployment-faults';
import { FaultGroups } from './fault-groups';
import { lazyZodResolver } from '../../lib/lazy-zod-resolver';
import { FAULT_FIELDS, retarget, type FaultFormInput, type FaultFormOutput } from './fault-form';
import { FaultResult, type FaultOutcome } from './fault-result';
import { TargetSummary } from './target-summary';
import styles from './deployment-fault-form.module.css';

function aim(setValue: UseFormSetValue<FaultFormInput>, d: DeploymentResource | undefined, component?: string) {
  if (d && component === undefined) setValue('deploymentId', d.metadata.guid);
  for (const [field, value] of Object.entries(retarget(d, component))) setValue(field as keyof FaultFormInput, value);
}

const faultResolver = lazyZodResolver<FaultFormInput, FaultFormOutput>(() => import('./fault-schema').then((m) => m.faultForm));

/** Choose a deployment and component, then press the fault to inject; the simulator's answer shows below. */
export function DeploymentFaultForm({ deployments }: { deployments: readonly DeploymentResource[] }) {
  const { mutations } = useSimulatorControls();
  const [outcome, setOutcome] = useState<FaultOutcome | null>(null);
  const first = deployments[0];
  const form = useForm<FaultFormInput, unknown, FaultFormOutput>({
    resolver: faultResolver,
    defaultValues: { deploymentId: first?.metadata.guid ?? '', recoverAfter: '', ...retarget(first) },
  });
  const { register, setValue, trigger, getValues, formState, control } = form;
  const [deploymentId, component] = useWatch({ control, name: ['deploymentId', 'component'] });
  const deployment = deployments.find((d) => d.metadata.guid === deploymentId);
  const targets = deployment ? componentTargets(deployment) : [];
  const target = targets.find((t) => t.name === component);

  const follow = (d: DeploymentResource | undefined, component?: string) => aim(setValue, d, component);

  // The chosen deployment left the list (stopped, or a new scenario started): aim at the first one instead.
  useEffect(() => {
    if (!deployment && first) aim(setValue, first);
  }, [deployment, first, setValue]);

  const inject = async (kind: DeploymentFaultKind) => {
    if (!deployment || !(await trigger(FAULT_FIELDS[kind]))) return;
    const values = getValues();
    const recoverAfter = values.recoverAfter.trim();
    const body = deploymentFaultBody(kind, { ...values, ...(recoverAfter ? { recoverAfterSeconds: Number(recoverAfter) } : {}) }, deployment);
    const where = `${deployment.metadata.name}/${values.component}`;
    mutations.fault.mutate(body, {
      onSuccess: () => setOutcome({ ok: true, text: `${DEPLOYMENT_FAULT_LABELS[kind]} injected into ${where}.` }),
      onError: (error) => setOutcome({ ok: false, text: `${DEPLOYMENT_FAULT_LABELS[kind]} on ${where} was refused: ${describeError(error).message}` }),
    });
  };

  return (
    <form className={styles.form} onSubmit={(event) => event.preventDefault()} noValidate>
      <div className={styles.target}>
        <Field label="Deployment" error={formState.errors.deploymentId?.message}>
          {(control) => (
            <Select {...control} {...register('deploymentId', { onChange: (e) => follow(deployments.find((d) => d.metadata.guid === e.target.value)) })}>
              {deployments.map((d) => (
                <option key={d.metadata.guid} value={d.metadata.guid}>
                  {d.metadata.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Component" error={formState.errors.component?.message}>
          {(control) => (
            <Select {...control} {...register('component', { onChange: (e) => follow(deployment, e.target.value) })}>
              {targets.map((t) => (
                <option key={t.name} value={t.name}>
                  {t.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      {target && <TargetSummary target={target} />}
      {target && <FaultGroups target={target} form={form} busy={mutations.fault.isPending ? mutations.fault.variables?.kind : undefined} onInject={inject} />}
      <FaultResult outcome={outcome} />
    </form>
  );
}
