import { useId, type ReactNode } from 'react';
import { Button } from '../../components/button/button';
import styles from './repeating-rows.module.css';

export interface RepeatingRowsProps {
  /** Stable keys of the rows (useFieldArray's `fields[].id`). */
  rowKeys: readonly string[];
  renderRow: (index: number) => ReactNode;
  /** Accessible name of each row's remove button, e.g. `Remove label`. */
  removeLabel: string;
  onRemove: (index: number) => void;
  /** The add button's name, e.g. `Add label`. */
  addLabel: string;
  onAdd: () => void;
  /** Why rows cannot be added right now; disables the add button and says so. */
  addBlockedReason?: string;
  /** Shown while there are no rows. */
  emptyText: string;
}

/** Rows the operator adds and removes (labels, dependencies, volumes), with focus kept somewhere sensible. */
export function RepeatingRows({ rowKeys, renderRow, removeLabel, onRemove, addLabel, onAdd, addBlockedReason, emptyText }: RepeatingRowsProps) {
  const addId = useId();
  const reasonId = useId();
  const remove = (index: number) => {
    onRemove(index);
    // The removed row took the focused button with it; the add button is the natural next stop.
    document.getElementById(addId)?.focus();
  };
  return (
    <div className={styles.rows}>
      {rowKeys.length === 0 ? (
        <p className={styles.empty}>{emptyText}</p>
      ) : (
        rowKeys.map((key, index) => (
          <div key={key} className={styles.row}>
            <div className={styles.fields}>{renderRow(index)}</div>
            <Button variant="ghost" icon="x" aria-label={removeLabel} className={styles.remove} onClick={() => remove(index)}>
              Remove
            </Button>
          </div>
        ))
      )}
      <div className={styles.add}>
        <Button
          id={addId}
          size="sm"
          onClick={onAdd}
          disabled={Boolean(addBlockedReason)}
          aria-describedby={addBlockedReason ? reasonId : undefined}
        >
          {addLabel}
        </Button>
        {addBlockedReason && (
          <p id={reasonId} className={styles.reason}>
            {addBlockedReason}
          </p>
        )}
      </div>
    </div>
  );
}
