import { usePermission } from '../../api';
import { ActionButton } from '../../components/action-button/action-button';
import { Button } from '../../components/button/button';
import { BULK_ACTIONS, type BulkActionKind } from './bulk-plan';
import styles from './deployments.module.css';

export interface BulkBarProps {
  count: number;
  onAction: (kind: BulkActionKind) => void;
  onClear: () => void;
}

/** What can be done to the selected rows; shown while any row is selected. */
export function BulkBar({ count, onAction, onClear }: BulkBarProps) {
  const permission = usePermission();
  return (
    <div className={styles.bulkBar} role="group" aria-label="Selected deployments">
      <span className={styles.bulkCount}>{count.toLocaleString('en')} selected</span>
      <ActionButton size="sm" variant="danger" availability={permission} onClick={() => onAction('deprovision')}>
        {BULK_ACTIONS.deprovision.button}
      </ActionButton>
      <ActionButton size="sm" availability={permission} onClick={() => onAction('update')}>
        {BULK_ACTIONS.update.button}
      </ActionButton>
      <Button size="sm" variant="ghost" onClick={onClear}>
        Clear selection
      </Button>
    </div>
  );
}
