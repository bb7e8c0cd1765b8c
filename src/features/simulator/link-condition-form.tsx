import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useSimulatorControls, type LinkStatus } from '../../api';
import { Button } from '../../components/button/button';
import { TextField } from '../../components/field/field';
import { describeError } from '../../lib/errors';
import { lazyZodResolver } from '../../lib/lazy-zod-resolver';
import { describeCondition, HEALTHY_VALUES, linkBody, linkValues, type LinkFormInput, type LinkFormOutput } from './link-form';
import { FaultResult, type FaultOutcome } from './fault-result';
import styles from './link-conditions.module.css';

const linkResolver = lazyZodResolver<LinkFormInput, LinkFormOutput>(() => import('./link-form-schema').then((m) => m.linkForm));

/** Form `Link of <name>`: latency, loss, bandwidth and flapping of one routed network or device. */
export function LinkConditionForm({ link }: { link: LinkStatus }) {
  const { mutations } = useSimulatorControls();
  const [outcome, setOutcome] = useState<FaultOutcome | null>(null);
  const { register, handleSubmit, reset, formState } = useForm<LinkFormInput, unknown, LinkFormOutput>({
    resolver: linkResolver,
    values: linkValues(link.condition),
  });
  const errors = formState.errors;
  const send = (values: LinkFormOutput) =>
    mutations.fault.mutate(linkBody(link, values), {
      onSuccess: () => setOutcome({ ok: true, text: `Link conditions of ${link.name} applied.` }),
      onError: (error) => setOutcome({ ok: false, text: `Link conditions of ${link.name} were refused: ${describeError(error).message}` }),
    });
  const clear = () => {
    reset(HEALTHY_VALUES);
    send({ latency: 0, loss: 0, bandwidth: undefined, down: undefined, up: undefined });
  };
  const field = (name: keyof LinkFormInput, label: string, hint?: string) => (
    <TextField label={label} hint={hint} inputMode="numeric" autoComplete="off" error={errors[name]?.message} {...register(name)} />
  );

  return (
    <form aria-label={`Link of ${link.name}`} className={styles.form} onSubmit={(e) => void handleSubmit(send)(e)} noValidate>
      <p className={styles.name}>
        <strong>{link.name}</strong> <span className={styles.state}>{describeCondition(link.condition)}</span>
      </p>
      <div className={styles.fields}>
        {field('latency', 'Latency (ms)')}
        {field('loss', 'Loss (%)')}
        {field('bandwidth', 'Bandwidth (kbit/s)', 'Empty: unlimited')}
        {field('down', 'Down for (s)', 'Empty: steady')}
        {field('up', 'Up for (s)')}
      </div>
      <div className={styles.actions}>
        <Button type="submit" variant="primary" busy={mutations.fault.isPending}>
          Apply
        </Button>
        <Button onClick={clear} disabled={!link.condition}>
          Make healthy
        </Button>
      </div>
      <FaultResult outcome={outcome} />
    </form>
  );
}
