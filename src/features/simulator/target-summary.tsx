import type { ComponentTarget } from './deployment-faults';
import styles from './target-summary.module.css';

/** One line on where the chosen component runs, so the operator knows which faults can apply. */
export function TargetSummary({ target }: { target: ComponentTarget }) {
  const where = target.deviceName ? `on device ${target.deviceName}${target.deviceOnline === false ? ' (offline)' : ''}` : 'in the cloud';
  const count = target.executables.length;
  return (
    <p className={styles.summary}>
      {target.name} runs {where}, {target.ros ? 'with a cloud bridge (ROS)' : 'without a cloud bridge'}, {count} executable
      {count === 1 ? '' : 's'}.
    </p>
  );
}
