import { Badge } from '../../../components/badge/badge';
import { Button } from '../../../components/button/button';
import type { NetworkRow } from '../details/details-model';
import { warningsText } from '../warnings/warning-histogram-model';
import styles from './network-configuration.module.css';

export interface RoutingStatusProps {
  row: NetworkRow;
  expanded: boolean;
  /** Id of the element the warnings panel renders into. */
  controls: string;
  onToggle: () => void;
}

/**
 * `running`, `running` with warnings (and the button that shows them), or `error`, as the guide words it; and
 * `pending` before the component starts, `stopped` once it is gone.
 */
export function RoutingStatus({ row, expanded, controls, onToggle }: RoutingStatusProps) {
  if (row.routing === 'pending' || row.routing === 'stopped') {
    return (
      <Badge tone="neutral" variant="subtle">
        {row.routing}
      </Badge>
    );
  }
  if (row.routing === 'error') {
    return (
      <Badge tone="danger" variant="subtle">
        error{row.errorCode ? ` (${row.errorCode})` : ''}
      </Badge>
    );
  }
  if (row.routing === 'running') {
    return (
      <Badge tone="success" variant="subtle">
        running
      </Badge>
    );
  }
  return (
    <span className={styles.routing}>
      <Badge tone="warning" variant="subtle">
        running with warnings
      </Badge>
      <span className={styles.count}>{warningsText(row.warningCount)} in 24 h</span>
      <Button size="sm" variant="secondary" aria-expanded={expanded} aria-controls={controls} onClick={onToggle}>
        {/* One name in both states (UI contract); aria-expanded says whether the chart is showing. */}
        Show warnings{' '}
        <span className="sr-only">for {row.name}</span>
      </Button>
    </span>
  );
}
