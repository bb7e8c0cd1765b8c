import { useEffect, useMemo, useRef } from 'react';
import type { SortState } from '../../components/data-table/data-table';
import { VirtualTable, type VirtualColumn } from '../../components/virtual-table/virtual-table';
import type { DeploymentRow } from './deployment-row';
import type { RowRange } from './paging';
import { CreatedCell, DevicesCell, IdCell, LabelsCell, NameCell, PackageCell, PhaseCell, StatusCell } from './row-cells';
import styles from './deployments.module.css';

export interface DeploymentsTableProps {
  rowCount: number;
  rowAt: (index: number) => DeploymentRow | undefined;
  /** The rows loaded now; what `Select all` selects. */
  loaded: readonly DeploymentRow[];
  selected: ReadonlySet<string>;
  onSelect: (row: DeploymentRow, selected: boolean) => void;
  onSelectAll: (selected: boolean) => void;
  sort: SortState;
  onSortChange: (sort: SortState) => void;
  onRangeChange: (range: RowRange) => void;
  /** The rows are another view's, standing in until this one's come. */
  stale: boolean;
  /** A search is being typed: the rows change with every keystroke. */
  changing: boolean;
}

function SelectAll({ checked, mixed, onChange }: { checked: boolean; mixed: boolean; onChange: (checked: boolean) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = mixed;
  }, [mixed]);
  return (
    <input ref={ref} type="checkbox" className={styles.checkbox} aria-label="Select all" checked={checked} onChange={(e) => onChange(e.target.checked)} />
  );
}

const rowKey = (row: DeploymentRow) => row.id;

/** The list scrolls in an area as tall as the window leaves below the header, filters and summary, at least this. */
const MIN_HEIGHT = 360;
const CHROME_HEIGHT = 300;

export function DeploymentsTable({ rowCount, rowAt, loaded, selected, onSelect, onSelectAll, sort, onSortChange, onRangeChange, stale, changing }: DeploymentsTableProps) {
  const selectedCount = loaded.filter((row) => selected.has(row.id)).length;
  const allSelected = loaded.length > 0 && selectedCount === loaded.length;
  const someSelected = selectedCount > 0 && selectedCount < loaded.length;
  // The same cells until the selection changes, so the table redraws only the rows whose data changed (the header's
  // `Select all` follows the loaded rows without redrawing them).
  // Status has no width: it takes what the others leave, since error descriptions need the room.
  const rowColumns = useMemo<VirtualColumn<DeploymentRow>[]>(
    () => [
      {
        key: 'select',
        header: 'Select',
        width: '40px',
        cell: (row) => (
          <input
            type="checkbox"
            className={styles.checkbox}
            aria-label={`Select ${row.name}`}
            checked={selected.has(row.id)}
            onChange={(e) => onSelect(row, e.target.checked)}
          />
        ),
      },
      { key: 'name', header: 'Name', sortable: true, rowHeader: true, width: '11%', cell: (row) => <NameCell row={row} /> },
      { key: 'id', header: 'Deployment ID', width: '9%', cell: (row) => <IdCell row={row} /> },
      { key: 'package', header: 'Package', width: '11%', cell: (row) => <PackageCell row={row} /> },
      { key: 'phase', header: 'Phase', sortable: true, width: '14%', cell: (row) => <PhaseCell row={row} /> },
      { key: 'status', header: 'Status', sortable: true, cell: (row) => <StatusCell row={row} /> },
      { key: 'devices', header: 'Devices', width: '10%', cell: (row) => <DevicesCell row={row} /> },
      { key: 'labels', header: 'Labels', width: '12%', cell: (row) => <LabelsCell row={row} /> },
      { key: 'created', header: 'Created', sortable: true, width: '11%', cell: (row) => <CreatedCell row={row} /> },
    ],
    [selected, onSelect],
  );
  const columns = useMemo(
    () =>
      rowColumns.map((column) =>
        column.key === 'select' ? { ...column, headerContent: <SelectAll checked={allSelected} mixed={someSelected} onChange={onSelectAll} /> } : column,
      ),
    [rowColumns, allSelected, someSelected, onSelectAll],
  );
  return (
    <VirtualTable
      label="Deployments"
      columns={columns}
      rowCount={rowCount}
      rowAt={rowAt}
      rowKey={rowKey}
      sort={sort}
      onSortChange={onSortChange}
      onRangeChange={onRangeChange}
      isSelected={(row) => selected.has(row.id)}
      // Rows measure 61–74 px (a status with its error's description, labels on two lines): guessed near that, the
      // first paint draws the rows that fit instead of half as many again, and measuring them moves little.
      estimateRowHeight={64}
      maxHeight={`max(${MIN_HEIGHT}px, calc(100vh - ${CHROME_HEIGHT}px))`}
      initialHeight={Math.max(MIN_HEIGHT, window.innerHeight - CHROME_HEIGHT)}
      minWidth="1040px"
      stale={stale}
      changing={changing}
    />
  );
}
