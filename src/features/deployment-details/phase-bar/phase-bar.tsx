import type { DeploymentResource } from '../../../api';
import { Icon, type IconName } from '../../../components/icon/icon';
import { useNow } from '../../../components/time/now-context';
import { formatDuration, formatDurationLong } from '../../../lib/format';
import { isMovingPhase } from '../../../vocabulary';
import { phaseBarModel, type PhaseStep } from './phase-bar-model';
import styles from './phase-bar.module.css';

function iconOf(step: PhaseStep): IconName {
  if (step.state === 'upcoming') return 'clock';
  if (step.tone === 'danger') return 'x-circle';
  if (step.tone === 'warning') return 'alert-triangle';
  if (step.tone === 'neutral') return 'stop-square';
  if (step.tone === 'pending') return 'progress-circle';
  return 'check-circle';
}

function StepTime({ step }: { step: PhaseStep }) {
  if (step.state === 'upcoming') return <span className={styles.time}>not reached yet</span>;
  if (step.durationMs === undefined) return null;
  const text = formatDuration(step.durationMs);
  // Moving phases take time to get through; the others are places a deployment stays in for a while.
  const words = step.state === 'current' ? `${text} so far` : isMovingPhase(step.phase) ? `took ${text}` : `for ${text}`;
  return (
    <span className={styles.time} title={formatDurationLong(step.durationMs)}>
      {words}
    </span>
  );
}

/** The lifecycle as steps (list `Deployment phase`), the current one marked `aria-current="step"`. */
export function PhaseBar({ deployment }: { deployment: DeploymentResource }) {
  const now = useNow();
  const { status, metadata } = deployment;
  const model = phaseBarModel({
    phase: status.phase,
    phaseHistory: status.phaseHistory,
    createdAt: metadata.createdAt,
    updatingAction: status.updating?.action,
    now,
  });
  return (
    <div className={styles.wrapper}>
      <ol aria-label="Deployment phase" className={styles.bar}>
        {model.steps.map((step) => (
          <li
            key={step.key}
            className={styles.step}
            aria-current={step.state === 'current' ? 'step' : undefined}
            data-state={step.state}
            data-tone={step.tone}
          >
            <Icon name={iconOf(step)} size={16} className={styles.icon} />
            <span className={styles.text}>
              <span className={styles.label}>
                {step.label}
                {step.note && <span className={styles.note}> ({step.note})</span>}
              </span>
              <StepTime step={step} />
            </span>
          </li>
        ))}
      </ol>
      {model.foldedUpdates > 0 && (
        <p className={styles.folded}>
          {model.foldedUpdates} earlier {model.foldedUpdates === 1 ? 'update' : 'updates'} not shown; the History tab lists every
          generation.
        </p>
      )}
    </div>
  );
}
