import { memo, type ReactElement, type Ref } from 'react';
import type { VirtualColumn } from './virtual-table';

interface VirtualRowProps<Row> {
  row: Row;
  index: number;
  columns: readonly VirtualColumn<Row>[];
  selected: boolean;
  measure: Ref<HTMLTableRowElement>;
}

/** Whether two column lists draw a row alike: the same cells in the same places (headers may differ). */
const sameCells = <Row,>(a: readonly VirtualColumn<Row>[], b: readonly VirtualColumn<Row>[]) =>
  a === b ||
  (a.length === b.length &&
    a.every((column, i) => column.key === b[i]?.key && column.cell === b[i].cell && column.rowHeader === b[i].rowHeader && column.numeric === b[i].numeric));

const sameRow = <Row,>(a: VirtualRowProps<Row>, b: VirtualRowProps<Row>) =>
  a.row === b.row && a.index === b.index && a.selected === b.selected && a.measure === b.measure && sameCells(a.columns, b.columns);

/** One drawn row; drawn again only when its row, its selection or its cells change, not on every scroll. */
export const VirtualRow = memo(function VirtualRow<Row>({ row, index, columns, selected, measure }: VirtualRowProps<Row>) {
  return (
    <tr data-index={index} ref={measure} aria-rowindex={index + 2} data-selected={selected || undefined}>
      {columns.map((column) => {
        const Cell = column.rowHeader ? 'th' : 'td';
        return (
          <Cell key={column.key} scope={column.rowHeader ? 'row' : undefined} data-numeric={column.numeric || undefined}>
            {column.cell(row)}
          </Cell>
        );
      })}
    </tr>
  );
}, sameRow) as <Row>(props: VirtualRowProps<Row>) => ReactElement;
