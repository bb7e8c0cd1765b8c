import { Progress } from 'radix-ui';
import { useId } from 'react';
import type { DeploymentResource, ExecutableStatusEntry } from '../../../api';
import { useNow } from '../../../components/time/now-context';
import { executableActivity } from './executable-activity';
import styles from './provisioning-progress.module.css';

function ExecutableProgress({ entry, now }: { entry: ExecutableStatusEntry; now: number | null }) {
  const activity = executableActivity(entry, now);
  const name = `${entry.component}/${entry.name}`;
  return (
    <li className={styles.item} data-active={activity.active || undefined}>
      <span className={styles.name}>{name}</span>
      <span className={styles.stage}>{activity.label}</span>
      {activity.pull && (
        <span className={styles.pull}>
          <Progress.Root
            className={styles.track}
            value={activity.pull.percent}
            aria-label={`Image pull of ${name}`}
            getValueLabel={(percent) => `${percent}%, ${activity.pull?.text ?? ''}`}
          >
            <Progress.Indicator className={styles.indicator} style={{ transform: `translateX(-${100 - activity.pull.percent}%)` }} />
          </Progress.Root>
          <span className={styles.bytes}>
            {activity.pull.text} ({activity.pull.percent}%)
          </span>
        </span>
      )}
      {activity.detail && <span className={styles.detail}>{activity.detail}</span>}
    </li>
  );
}

/** While provisioning: what each executable is doing (pulling with bytes, creating, starting), so a wait has a cause. */
export function ProvisioningProgress({ deployment }: { deployment: DeploymentResource }) {
  const headingId = useId();
  const now = useNow();
  const entries = Object.values(deployment.status.executables_status);
  return (
    <section aria-labelledby={headingId} className={styles.progress}>
      <h2 id={headingId} className={styles.heading}>
        Executables starting up
      </h2>
      <ul className={styles.list}>
        {entries.map((entry) => (
          <ExecutableProgress key={`${entry.component}/${entry.name}`} entry={entry} now={now} />
        ))}
      </ul>
    </section>
  );
}
