import { type NetworkBody, type NetworkSettings } from '../../api';
import { useSetNetworkConditions } from '../../api/simulator/network';
import { Button } from '../../components/button/button';
import { Field } from '../../components/field/field';
import { Select } from '../../components/field/input';
import { useToast } from '../../components/toast/toast-context';
import { describeError } from '../../lib/errors';
import { CUT_SECONDS, FAIL_PERCENTS, HEALTHY, LATENCIES, describeNetwork, failLabel, latencyLabel, withCurrent } from './network-options';
import { Section } from './section';
import styles from './network-conditions.module.css';

/**
 * The `Network conditions` group: slow down or break the console's requests to the platform, to see how the
 * screens cope. The simulator's own requests are never affected, so these controls always work.
 */
export function NetworkConditions({ network = HEALTHY }: { network?: NetworkSettings }) {
  const change = useSetNetworkConditions();
  const { toast } = useToast();
  const send = (body: NetworkBody) =>
    change.mutate(body, {
      onError: (error) => toast({ title: 'The network conditions did not change', description: describeError(error).message, tone: 'error' }),
    });
  // PUT replaces the conditions: each control sends the others as they are.
  const keep = { latencyMs: network.latencyMs, failPercent: network.failPercent, outageUntil: network.outageUntil };
  const pending = change.isPending ? change.variables : undefined;

  return (
    <Section
      title="Network conditions"
      role="group"
      description="Slow down or fail the console's requests to the platform. Kept in this tab only: reloading the page restores a healthy network."
    >
      <p role="status" className={styles.state}>
        {describeNetwork(network)}
      </p>
      <div className={styles.controls}>
        <Field label="Latency">
          {(control) => (
            <Select {...control} className={styles.select} value={String(network.latencyMs)} onChange={(e) => send({ ...keep, latencyMs: Number(e.target.value) })}>
              {withCurrent(LATENCIES, network.latencyMs).map((ms) => (
                <option key={ms} value={ms}>
                  {latencyLabel(ms)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Failing requests">
          {(control) => (
            <Select {...control} className={styles.select} value={String(network.failPercent)} onChange={(e) => send({ ...keep, failPercent: Number(e.target.value) })}>
              {withCurrent(FAIL_PERCENTS, network.failPercent).map((percent) => (
                <option key={percent} value={percent}>
                  {failLabel(percent)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <div className={styles.actions}>
        <Button
          busy={pending?.outageSeconds !== undefined}
          onClick={() => send({ latencyMs: network.latencyMs, failPercent: network.failPercent, outageSeconds: CUT_SECONDS })}
        >
          Cut the connection for {CUT_SECONDS} seconds
        </Button>
        <Button busy={pending !== undefined && Object.keys(pending).length === 0} onClick={() => send({})}>
          Restore the connection
        </Button>
      </div>
    </Section>
  );
}
