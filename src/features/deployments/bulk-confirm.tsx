import { usePermission } from '../../api';
import { ConfirmDialog } from '../../components/confirm-dialog/confirm-dialog';
import { phaseLabel } from '../../lib/labels';
import { BULK_ACTIONS, type BulkPlan } from './bulk-plan';
import type { DeploymentRow } from './deployment-row';
import styles from './deployments.module.css';

export interface BulkConfirmProps {
  plan: BulkPlan | null;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

function RowLine({ row, detail }: { row: DeploymentRow; detail: string }) {
  return (
    <span className={styles.planRow}>
      <strong>{row.name}</strong> <code className={styles.id}>{row.id}</code> <span className={styles.muted}>{detail}</span>
    </span>
  );
}

const CONSEQUENCE = {
  deprovision: 'Their containers are stopped and removed; components on offline devices stay until those devices are back.',
  update: 'Each is re-deployed in place with its current images: replicas are re-created and the generation goes up by one.',
};

function targetDetail(plan: BulkPlan, row: DeploymentRow): string {
  const phase = phaseLabel(row.phase);
  if (plan.kind !== 'update' || row.preinstalledComponents.length === 0) return phase;
  return `${phase} — leaves preinstalled ${row.preinstalledComponents.join(', ')} as is`;
}

/** One confirmation for the whole selection: what will be touched, then what is skipped and why. */
export function BulkConfirm({ plan, busy, onConfirm, onCancel }: BulkConfirmProps) {
  const permission = usePermission();
  if (!plan) return null;
  const action = BULK_ACTIONS[plan.kind];
  const count = plan.targets.length;
  const targetsLabel = `${action.verb} ${count} ${count === 1 ? 'deployment' : 'deployments'}`;
  // Both lists sit in the description, in reading order: the dialog's own item list would come after the skipped.
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => !open && onCancel()}
      title={action.title}
      tone={plan.kind === 'deprovision' ? 'danger' : 'default'}
      busy={busy}
      availability={permission}
      onConfirm={onConfirm}
      description={
        <div className={styles.plan}>
          <p>{count > 0 ? CONSEQUENCE[plan.kind] : 'None of the selected deployments can take this action; nothing will be sent.'}</p>
          {count > 0 && (
            <section className={styles.planList} aria-label={targetsLabel}>
              <p className={styles.planTitle}>{targetsLabel}</p>
              <ul>
                {plan.targets.map((row) => (
                  <li key={row.id}>
                    <RowLine row={row} detail={targetDetail(plan, row)} />
                  </li>
                ))}
              </ul>
            </section>
          )}
          {plan.skipped.length > 0 && (
            <section className={styles.skipped} aria-label="Skipped">
              <p className={styles.planTitle}>Skipped ({plan.skipped.length})</p>
              <ul>
                {plan.skipped.map(({ row, reason }) => (
                  <li key={row.id}>
                    <RowLine row={row} detail={`— ${reason}`} />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      }
    />
  );
}
