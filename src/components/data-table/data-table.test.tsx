// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DataTable, type Column } from './data-table';
import { sortRows } from './sort-rows';


interface Row {
  name: string;
  restarts?: number;
}

const columns: Column<Row>[] = [
  { key: 'name', header: 'Name', cell: (row) => row.name, sortable: true, sortValue: (row) => row.name, rowHeader: true },
  { key: 'restarts', header: 'Restart Count', cell: (row) => row.restarts, numeric: true, sortable: true, sortValue: (row) => row.restarts },
  { key: 'note', header: 'Reason', cell: () => '' },
];

const rows: Row[] = [{ name: 'nav-10', restarts: 2 }, { name: 'nav-9' }, { name: 'arm', restarts: 7 }];

describe('DataTable', () => {
  it('is a table named by its label, with a header per column', () => {
    render(<DataTable label="Executables" columns={columns} rows={rows} rowKey={(row) => row.name} />);
    const table = screen.getByRole('table', { name: 'Executables' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Name', 'Restart Count', 'Reason']);
    expect(within(table).getByRole('rowheader', { name: 'arm' })).toBeInTheDocument();
  });

  it('sets aria-sort from the sort prop, only on the sorted column', () => {
    render(
      <DataTable
        label="Executables"
        columns={columns}
        rows={rows}
        rowKey={(row) => row.name}
        sort={{ key: 'restarts', direction: 'descending' }}
        onSortChange={() => {}}
      />,
    );
    expect(screen.getByRole('columnheader', { name: 'Restart Count' })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: 'Name' })).not.toHaveAttribute('aria-sort');
  });

  it('asks for the next sort when a sortable header is pressed', async () => {
    const user = userEvent.setup();
    const onSortChange = vi.fn();
    const { rerender } = render(
      <DataTable label="Executables" columns={columns} rows={rows} rowKey={(row) => row.name} onSortChange={onSortChange} />,
    );
    await user.click(screen.getByRole('button', { name: 'Name' }));
    expect(onSortChange).toHaveBeenLastCalledWith({ key: 'name', direction: 'ascending' });

    rerender(
      <DataTable
        label="Executables"
        columns={columns}
        rows={rows}
        rowKey={(row) => row.name}
        sort={{ key: 'name', direction: 'ascending' }}
        onSortChange={onSortChange}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Name' }));
    expect(onSortChange).toHaveBeenLastCalledWith({ key: 'name', direction: 'descending' });
    expect(screen.queryByRole('button', { name: 'Reason' })).not.toBeInTheDocument();
  });

  it('says so when there are no rows', () => {
    render(<DataTable label="Dependencies" columns={columns} rows={[]} rowKey={(row) => row.name} empty="No dependencies." />);
    const cell = screen.getByRole('cell', { name: 'No dependencies.' });
    expect(cell).toHaveAttribute('colspan', '3');
  });
});

describe('sortRows', () => {
  it('sorts naturally by the column’s value, blanks last in both directions', () => {
    const names = (sorted: Row[]) => sorted.map((row) => row.name);
    expect(names(sortRows(rows, columns, { key: 'name', direction: 'ascending' }))).toEqual(['arm', 'nav-9', 'nav-10']);
    expect(names(sortRows(rows, columns, { key: 'restarts', direction: 'ascending' }))).toEqual(['nav-10', 'arm', 'nav-9']);
    expect(names(sortRows(rows, columns, { key: 'restarts', direction: 'descending' }))).toEqual(['arm', 'nav-10', 'nav-9']);
  });

  it('leaves the order alone without a sort', () => {
    expect(sortRows(rows, columns, undefined)).toEqual(rows);
  });
});
