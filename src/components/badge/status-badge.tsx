import { statusLabel, statusTone, type StatusValue } from '../../lib/labels';
import { Badge, type BadgeProps } from './badge';

export interface StatusBadgeProps {
  /** A deployment status (`Running`, `Pending`, `Error`, `Unknown`, `Stopped`) or an executable status (`running`…). */
  status: StatusValue;
  variant?: BadgeProps['variant'];
}

export function StatusBadge({ status, variant }: StatusBadgeProps) {
  return (
    <Badge tone={statusTone(status)} variant={variant}>
      {statusLabel(status)}
    </Badge>
  );
}
