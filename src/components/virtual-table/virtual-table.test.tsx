// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { VirtualTable, type VirtualColumn } from './virtual-table';

// jsdom has no layout: the scrolling area is 200px tall and each row 40px, so about five rows are in view.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(200);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(40);
});

interface Row {
  name: string;
}

const columns: VirtualColumn<Row>[] = [
  { key: 'pick', header: 'Select', headerContent: <input type="checkbox" aria-label="Select all" />, cell: (row) => <input type="checkbox" aria-label={`Select ${row.name}`} /> },
  { key: 'name', header: 'Name', rowHeader: true, sortable: true, cell: (row) => row.name },
];

const rowsOf = (n: number): Row[] => Array.from({ length: n }, (_, i) => ({ name: `robot-${i}` }));

interface Props {
  rows: Row[];
  rowCount?: number;
  onRangeChange?: (range: { start: number; end: number }) => void;
  onSortChange?: () => void;
}

function renderTable({ rows, rowCount = rows.length, ...rest }: Props) {
  return render(
    <VirtualTable
      label="Robots"
      columns={columns}
      rowCount={rowCount}
      rowAt={(index) => rows[index]}
      rowKey={(row) => row.name}
      estimateRowHeight={40}
      sort={{ key: 'name', direction: 'descending' }}
      {...rest}
    />,
  );
}

describe('VirtualTable', () => {
  it('is a named table with its column headers, the name cell as row header and header content in place of the text', () => {
    renderTable({ rows: rowsOf(3), onSortChange: () => {} });
    const table = screen.getByRole('table', { name: 'Robots' });
    expect(within(table).getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
    expect(within(table).getByRole('checkbox', { name: 'Select all' })).toBeInTheDocument();
    expect(within(table).getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['robot-0', 'robot-1', 'robot-2']);
  });

  it('is busy while a row in view is still loading, not for rows loading beyond it, and dims rows that stand in', async () => {
    const { rerender } = renderTable({ rows: rowsOf(3), rowCount: 40 });
    const table = screen.getByRole('table', { name: 'Robots' });
    expect(table).toHaveAttribute('aria-busy', 'true');
    expect(within(table).getAllByRole('cell', { name: 'Loading…' }).length).toBeGreaterThan(0);

    const eight = rowsOf(8);
    const table8 = (stale?: boolean) => (
      <VirtualTable label="Robots" columns={columns} rowCount={40} rowAt={(index) => eight[index]} rowKey={(row) => row.name} estimateRowHeight={40} stale={stale} />
    );
    rerender(table8());
    // Rows 8 on are drawn as placeholders in the margin below the view, which is five rows tall (the full margin once
    // the table has painted).
    await waitFor(() => expect(within(table).getAllByRole('cell', { name: 'Loading…' }).length).toBeGreaterThan(0));
    expect(table).not.toHaveAttribute('aria-busy');
    expect(table).not.toHaveAttribute('data-stale');

    rerender(table8(true));
    expect(table).toHaveAttribute('aria-busy', 'true');
    expect(table).toHaveAttribute('data-stale');
  });

  it('draws only the rows near the view, says how many exist, and hides the spacers', () => {
    renderTable({ rows: rowsOf(100) });
    const table = screen.getByRole('table', { name: 'Robots' });
    expect(table).toHaveAttribute('aria-rowcount', '101');
    const drawn = within(table).getAllByRole('row');
    expect(drawn.length).toBeGreaterThan(5);
    expect(drawn.length).toBeLessThan(30);
    expect(drawn[1]).toHaveAttribute('aria-rowindex', '2');
    const spacer = table.querySelector('tbody > tr[aria-hidden="true"]');
    expect(spacer).not.toBeNull();
  });

  it('draws a narrow margin beyond the view as it first paints and while its rows change fast, the full one after', async () => {
    const rows = rowsOf(100);
    const tableOf = (changing: boolean) => (
      <VirtualTable label="Robots" columns={columns} rowCount={100} rowAt={(index) => rows[index]} rowKey={(row) => row.name} estimateRowHeight={40} changing={changing} />
    );
    const { rerender } = render(tableOf(false));
    const drawn = () => screen.getAllByRole('rowheader').length;
    // Five rows in view, two beyond.
    expect(drawn()).toBe(7);
    await waitFor(() => expect(drawn()).toBe(15));
    rerender(tableOf(true));
    expect(drawn()).toBe(7);
    rerender(tableOf(false));
    expect(drawn()).toBe(15);
  });

  it('stands in for rows not loaded yet and says which rows it draws', () => {
    const onRangeChange = vi.fn();
    renderTable({ rows: rowsOf(2), rowCount: 50, onRangeChange });
    expect(screen.getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['robot-0', 'robot-1']);
    expect(screen.getAllByText('Loading…').length).toBeGreaterThan(0);
    const range = onRangeChange.mock.lastCall?.[0];
    expect(range?.start).toBe(0);
    expect(range?.end).toBeGreaterThan(4);
    expect(range?.end).toBeLessThan(50);
  });

  it('asks for the next sort from a sortable header', async () => {
    const onSortChange = vi.fn();
    renderTable({ rows: rowsOf(2), onSortChange });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Name' }));
    expect(onSortChange).toHaveBeenCalledWith({ key: 'name', direction: 'ascending' });
  });

  it('draws a row again when its cells change, not when only a header does', () => {
    const rows = rowsOf(3);
    const name = vi.fn((row: Row) => row.name);
    const withHeader = (headerContent: string, cell: (row: Row) => string = name): VirtualColumn<Row>[] => [
      { key: 'name', header: 'Name', headerContent, rowHeader: true, cell },
    ];
    const table = (cols: VirtualColumn<Row>[]) => (
      <VirtualTable label="Robots" columns={cols} rowCount={3} rowAt={(index) => rows[index]} rowKey={(row) => row.name} estimateRowHeight={40} />
    );
    const { rerender } = render(table(withHeader('All')));
    const drawn = name.mock.calls.length;
    rerender(table(withHeader('Some')));
    expect(screen.getByRole('columnheader', { name: 'Some' })).toBeInTheDocument();
    expect(name.mock.calls.length).toBe(drawn);
    rerender(table(withHeader('Some', (row) => row.name.toUpperCase())));
    expect(screen.getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['ROBOT-0', 'ROBOT-1', 'ROBOT-2']);
  });
});
