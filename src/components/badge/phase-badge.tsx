import { phaseLabel, phaseTone } from '../../lib/labels';
import { isMovingPhase, type DeploymentPhase } from '../../vocabulary';
import { Badge, type BadgeProps } from './badge';

export interface PhaseBadgeProps {
  /** The v2 enum value, e.g. `FailedToStart`; shown with the guide's label (`Failed to start`). */
  phase: DeploymentPhase;
  variant?: BadgeProps['variant'];
}

// Phases that are still moving get a filling circle rather than the static clock used for a waiting status.
export function PhaseBadge({ phase, variant }: PhaseBadgeProps) {
  return (
    <Badge tone={phaseTone(phase)} icon={isMovingPhase(phase) ? 'progress-circle' : undefined} variant={variant}>
      {phaseLabel(phase)}
    </Badge>
  );
}
