import { measureElement as measureFromEntry, useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';
import { usePaintedSince } from '../../lib/use-painted-since';
import { ColumnHeader } from '../data-table/column-header';
import type { Column, SortState } from '../data-table/data-table';
import { VirtualRow } from './virtual-row';
import styles from './virtual-table.module.css';

export interface VirtualColumn<Row> extends Column<Row> {
  /** Shown in the header cell instead of `header`, e.g. a `Select all` checkbox. */
  headerContent?: ReactNode;
}

export interface VirtualTableProps<Row> {
  /** The table's name (its `<caption>`, read by assistive technology). */
  label: string;
  columns: readonly VirtualColumn<Row>[];
  /** How many rows the list has in all. */
  rowCount: number;
  /** The row at an index, or nothing while it is not loaded (drawn as a placeholder). */
  rowAt: (index: number) => Row | undefined;
  rowKey: (row: Row) => string;
  sort?: SortState;
  onSortChange?: (sort: SortState) => void;
  /** The indexes drawn (in view plus a margin) changed: load what they need. */
  onRangeChange?: (range: { start: number; end: number }) => void;
  /** Marks a row as selected (for styling; the selection control itself lives in a column). */
  isSelected?: (row: Row) => boolean;
  /** First guess of a row's height in px; rows are measured once drawn. */
  estimateRowHeight?: number;
  /** CSS max-height of the scrolling area, e.g. `calc(100vh - 280px)`. */
  maxHeight?: string;
  /**
   * The scrolling area's height in px as first drawn (it is measured once laid out): the first render then draws
   * the rows that fill it, instead of only its margin's and the rest in a second pass.
   */
  initialHeight?: number;
  /** CSS min-width of the table; narrower screens scroll it sideways instead of crushing the columns. */
  minWidth?: string;
  /**
   * The rows are another view's, standing in until this one's come: dimmed, and the table busy. It is busy too
   * while a row in view is a placeholder.
   */
  stale?: boolean;
  /** The rows change fast (a search being typed): draw only a narrow margin beyond the view until this is false. */
  changing?: boolean;
}

const HEADER_HEIGHT = 33;
/** Rows drawn beyond the view, for smooth scrolling (and scripts that read the rows just below it)… */
const MARGIN_ROWS = 10;
/** …and while the table first paints or its rows change fast: the rest follow in the next frame. */
const NARROW_MARGIN_ROWS = 2;

/**
 * A real `<table>` that draws only the rows in view (plus a margin): rows above and below are stood in for by one
 * spacer row each, hidden from assistive technology, while `aria-rowcount`/`aria-rowindex` tell screen readers
 * where a row sits in the whole list. Rows can arrive later (paged from a server): `onRangeChange` says which are
 * needed, and a row not there yet is drawn as a placeholder.
 */
export function VirtualTable<Row>({
  label,
  columns,
  rowCount,
  rowAt,
  rowKey,
  sort,
  onSortChange,
  onRangeChange,
  isSelected,
  estimateRowHeight = 41,
  maxHeight,
  initialHeight = 0,
  minWidth,
  stale = false,
  changing = false,
}: VirtualTableProps<Row>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // Whether a frame has been painted since the table mounted.
  const painted = usePaintedSince('mounted');
  // The virtualizer re-renders this component on scroll itself; the memoised rows hold only its `measureElement`,
  // which stays the same function for the virtualizer's life.
  // Its items are keyed by index (its default): a key function that changes with the rows would make it lay out
  // every one of the list's rows again on each render. React's keys below still follow the rows.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateRowHeight,
    paddingStart: HEADER_HEIGHT,
    overscan: painted && !changing ? MARGIN_ROWS : NARROW_MARGIN_ROWS,
    initialRect: { width: 0, height: initialHeight },
    // A drawn row is sized by the ResizeObserver the virtualizer watches it with, which reports after layout and
    // before paint, not measured as it is attached: that would lay the table out in the middle of the commit and
    // draw it again before its first paint. Until reported, a row keeps the size last known (or the guess).
    measureElement: (element, entry, instance) =>
      entry ? measureFromEntry(element, entry, instance) : (instance.measurementsCache[instance.indexFromElement(element)]?.size ?? estimateRowHeight),
  });
  const items = virtualizer.getVirtualItems();
  const start = items[0]?.index ?? 0;
  const end = items.at(-1)?.index ?? -1;
  // The rows in view, without the margin drawn around them (known once the virtualizer has laid them out).
  const inView = virtualizer.range;
  const loadingInView = inView !== null && items.some((item) => item.index >= inView.startIndex && item.index <= inView.endIndex && !rowAt(item.index));

  useEffect(() => {
    onRangeChange?.({ start, end });
  }, [onRangeChange, start, end]);

  const paddingTop = Math.max(0, (items[0]?.start ?? HEADER_HEIGHT) - HEADER_HEIGHT);
  const paddingBottom = Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? HEADER_HEIGHT));
  const spacer = (height: number) => (
    <tr aria-hidden="true" className={styles.spacer}>
      <td colSpan={columns.length} style={{ height }} />
    </tr>
  );

  return (
    <div ref={scrollRef} className={styles.scroller} style={maxHeight ? { maxHeight } : undefined}>
      <table className={styles.table} style={minWidth ? { minWidth } : undefined} aria-rowcount={rowCount + 1} aria-busy={stale || loadingInView || undefined} data-stale={stale || undefined}>
        <caption className="sr-only">{label}</caption>
        <colgroup>
          {columns.map((column) => (
            <col key={column.key} style={column.width ? { width: column.width } : undefined} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((column) => (
              <th key={column.key} scope="col" aria-sort={sort?.key === column.key ? sort.direction : undefined} data-numeric={column.numeric || undefined}>
                {column.headerContent ?? <ColumnHeader column={column} sort={sort} onSortChange={onSortChange} />}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 && spacer(paddingTop)}
          {items.map((item) => {
            const row = rowAt(item.index);
            if (!row) {
              return (
                <tr key={`placeholder-${item.index}`} data-index={item.index} ref={virtualizer.measureElement} aria-rowindex={item.index + 2}>
                  <td colSpan={columns.length} className={styles.placeholder}>
                    Loading…
                  </td>
                </tr>
              );
            }
            return (
              <VirtualRow
                key={rowKey(row)}
                row={row}
                index={item.index}
                columns={columns}
                selected={isSelected?.(row) ?? false}
                measure={virtualizer.measureElement}
              />
            );
          })}
          {paddingBottom > 0 && spacer(paddingBottom)}
        </tbody>
      </table>
    </div>
  );
}
