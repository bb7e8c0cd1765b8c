import { Link } from 'react-router';
import { DataTable, type Column } from '../../components/data-table/data-table';
import { resultHref } from './result-links';
import type { ResultRow } from './run-apply';
import { useRevealedRows } from './use-revealed-rows';

function NameCell({ row }: { row: ResultRow }) {
  const href = resultHref(row);
  return href ? <Link to={href}>{row.name}</Link> : <>{row.name}</>;
}

const columns: readonly Column<ResultRow>[] = [
  { key: 'kind', header: 'Kind', cell: (r) => r.kind, width: '120px' },
  { key: 'name', header: 'Name', cell: (r) => <NameCell row={r} />, rowHeader: true, width: '24%' },
  { key: 'result', header: 'Result', cell: (r) => r.result, width: '110px' },
  { key: 'message', header: 'Message', cell: (r) => r.message },
];

/** Table `Apply results`: what happened to each resource; what was created links to its screen. */
export function ResultsTable({ rows }: { rows: readonly ResultRow[] }) {
  const shown = useRevealedRows(rows);
  return <DataTable label="Apply results" showLabel columns={columns} rows={shown} rowKey={(r) => r.key} />;
}
