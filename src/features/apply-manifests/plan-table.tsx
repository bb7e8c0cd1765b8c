import { DataTable, type Column } from '../../components/data-table/data-table';
import type { PlanRow } from './apply-plan';

const columns: readonly Column<PlanRow>[] = [
  { key: 'kind', header: 'Kind', cell: (r) => r.kind, width: '120px' },
  { key: 'name', header: 'Name', cell: (r) => r.name, rowHeader: true, width: '24%' },
  { key: 'action', header: 'Action', cell: (r) => r.action, width: '110px' },
  { key: 'message', header: 'Message', cell: (r) => r.message },
];

/** Table `Apply plan`: what Apply would do to each resource, in the order it would do it. */
export function PlanTable({ rows }: { rows: readonly PlanRow[] }) {
  return <DataTable label="Apply plan" showLabel columns={columns} rows={rows} rowKey={(r) => r.key} />;
}
