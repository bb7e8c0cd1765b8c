import { useEffect, useRef } from 'react';
import { Button } from '../../components/button/button';
import { DataTable, type Column } from '../../components/data-table/data-table';
import { BULK_ACTIONS, outcomeSummary, outcomeText, type BulkOutcome } from './bulk-plan';
import type { BulkReport as Report } from './use-bulk-action';
import styles from './deployments.module.css';

const columns: Column<BulkOutcome>[] = [
  { key: 'name', header: 'Name', rowHeader: true, width: '30%', cell: (o) => o.name },
  { key: 'result', header: 'Result', cell: (o) => <span data-result={o.result}>{outcomeText(o)}</span> },
];

/** What a bulk action did to each row; takes focus when it appears, since the dialog that started it is gone. */
export function BulkReport({ report, onDismiss }: { report: Report; onDismiss: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [report]);
  const title = `${BULK_ACTIONS[report.kind].title}: ${outcomeSummary(report.outcomes)}`;
  return (
    <section className={styles.report} aria-labelledby="bulk-report-title">
      <div className={styles.reportHeader}>
        <h2 id="bulk-report-title" ref={heading} tabIndex={-1} className={styles.reportTitle}>
          {title}
        </h2>
        <Button size="sm" variant="ghost" icon="x" onClick={onDismiss}>
          Dismiss results
        </Button>
      </div>
      <DataTable label={`${BULK_ACTIONS[report.kind].title} results`} columns={columns} rows={report.outcomes} rowKey={(o) => o.id} />
    </section>
  );
}
