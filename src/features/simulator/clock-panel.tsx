import { useSimulatorControls, type SimulatorStatus } from '../../api';
import { Button } from '../../components/button/button';
import { Field } from '../../components/field/field';
import { Select } from '../../components/field/input';
import { useToast } from '../../components/toast/toast-context';
import { describeError } from '../../lib/errors';
import { formatDateTime, toMillis } from '../../lib/format';
import { ADVANCE_STEPS, describeSpeed, speedLabel, speedOptions } from './clock-options';
import { Section } from './section';
import styles from './clock-panel.module.css';

/**
 * The `Clock` group: the simulated time, run or freeze it, how fast it runs, and steps forward. Its words avoid
 * `Pause`/`Resume`/`Speed` outside the controls themselves, so scripts that look those up find one match.
 */
export function ClockPanel({ status }: { status: SimulatorStatus }) {
  const { mutations } = useSimulatorControls();
  const { clock, advance } = mutations;
  const { toast } = useToast();
  const failed = (title: string) => (error: unknown) => toast({ title, description: describeError(error).message, tone: 'error' });
  const now = toMillis(status.now);

  return (
    <Section title="Clock" role="group" description="Simulated time drives every phase, restart and pull.">
      <div className={styles.reading}>
        <time dateTime={new Date(now).toISOString()} className={styles.time}>
          {formatDateTime(now)}
        </time>
        <span className={styles.state}>{status.paused ? 'Frozen: time moves only when you advance it' : `Running at ${speedLabel(status.speed)}`}</span>
      </div>
      <div className={styles.controls}>
        <Button
          variant="primary"
          icon={status.paused ? 'play' : 'pause'}
          busy={clock.isPending}
          className={styles.toggle}
          onClick={() => clock.mutate({ paused: !status.paused }, { onError: failed('The clock did not change') })}
        >
          {status.paused ? 'Resume' : 'Pause'}
        </Button>
        <Field label="Speed" hint={describeSpeed(status.speed)}>
          {(control) => (
            <Select
              {...control}
              className={styles.speed}
              value={String(status.speed)}
              onChange={(event) => clock.mutate({ speed: Number(event.target.value) }, { onError: failed('The speed did not change') })}
            >
              {speedOptions(status.speed).map((speed) => (
                <option key={speed} value={speed}>
                  {speedLabel(speed)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <div className={styles.steps}>
        {ADVANCE_STEPS.map((step) => (
          <Button
            key={step.ms}
            size="sm"
            busy={advance.isPending && advance.variables === step.ms}
            onClick={() => advance.mutate(step.ms, { onError: failed('Time did not advance') })}
          >
            {step.label}
          </Button>
        ))}
      </div>
    </Section>
  );
}
