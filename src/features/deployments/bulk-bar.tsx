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
  return (
    <div className={styles.bulkBar} role="group" aria-label="Selected deployments">
      <span className={styles.bulkCount}>{count.toLocaleString('en')} selected</span>
      <Button size="sm" variant="danger" onClick={() => onAction('deprovision')}>
        {BULK_ACTIONS.deprovision.button}
      </Button>
      <Button size="sm" onClick={() => onAction('update')}>
        {BULK_ACTIONS.update.button}
      </Button>
      <Button size="sm" variant="ghost" onClick={onClear}>
        Clear selection
      </Button>
    </div>
  );
}
