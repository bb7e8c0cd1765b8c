import { phaseLabel, phaseTone, type DeploymentPhaseValue } from '../../lib/labels';
import { Badge, type BadgeProps } from './badge';

// Phases that are still moving get a filling circle rather than the static clock used for a waiting status.
const MOVING: readonly DeploymentPhaseValue[] = ['InProgress', 'Provisioning'];

export interface PhaseBadgeProps {
  /** The v2 enum value, e.g. `FailedToStart`; shown with the guide's label (`Failed to start`). */
  phase: DeploymentPhaseValue;
  variant?: BadgeProps['variant'];
}

export function PhaseBadge({ phase, variant }: PhaseBadgeProps) {
  return (
    <Badge tone={phaseTone(phase)} icon={MOVING.includes(phase) ? 'progress-circle' : undefined} variant={variant}>
      {phaseLabel(phase)}
    </Badge>
  );
}
