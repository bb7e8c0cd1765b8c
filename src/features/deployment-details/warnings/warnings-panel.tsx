import { useId } from 'react';
import { useWarningHistogram } from '../../../api';
import { ErrorState } from '../../../components/error-state/error-state';
import { Loading } from '../../../components/loading/loading';
import type { NetworkRow } from '../details/details-model';
import { WarningHistogram } from './warning-histogram';
import { warningHistogramModel, warningsText } from './warning-histogram-model';
import styles from './warnings.module.css';

export interface WarningsPanelProps {
  deploymentId: string;
  bridge: Pick<NetworkRow, 'name' | 'component'>;
}

/** Region `Warnings in the last 24 hours` for one cloud bridge: the hourly histogram, each bar opening its logs. */
export function WarningsPanel({ deploymentId, bridge }: WarningsPanelProps) {
  const headingId = useId();
  const histogram = useWarningHistogram(deploymentId, bridge.component);
  const model = histogram.data ? warningHistogramModel(histogram.data.items) : undefined;
  return (
    <section aria-labelledby={headingId} className={styles.panel}>
      <div className={styles.header}>
        <h3 id={headingId} className={styles.heading}>
          Warnings in the last 24 hours
        </h3>
        <p className={styles.summary}>
          {bridge.name}
          {model && ` · ${warningsText(model.total)}`}
          {model?.peak && ` · busiest ${model.peak.range} (${model.peak.count})`}
        </p>
      </div>
      {histogram.isPending && <Loading label="Loading warnings" rows={3} />}
      {histogram.isError && <ErrorState error={histogram.error} title="Could not load the warnings" onRetry={() => void histogram.refetch()} />}
      {model && <WarningHistogram model={model} bridge={bridge} />}
    </section>
  );
}
