import type { Column, SortState } from './data-table';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Returns a sorted copy of `rows` for the given sort, using the sorted column's `sortValue`. Missing values sort
 * last in both directions, so blanks never crowd the top of a table.
 */
export function sortRows<Row>(rows: readonly Row[], columns: readonly Column<Row>[], sort: SortState | undefined): Row[] {
  const column = columns.find((candidate) => candidate.key === sort?.key);
  if (!sort || !column?.sortValue) return [...rows];
  const value = column.sortValue;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const left = value(a);
    const right = value(b);
    if (left === undefined || right === undefined) return left === right ? 0 : left === undefined ? 1 : -1;
    if (typeof left === 'number' && typeof right === 'number') return sign * (left - right);
    return sign * collator.compare(String(left), String(right));
  });
}
