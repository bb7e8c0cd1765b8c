import { useState } from 'react';
import type { DeploymentResource } from '../../api';
import { isNewerReading } from './phase-bar/phase-bar-model';

/**
 * The deployment as last accepted: a late response with an older phase history is ignored, so nothing on the page
 * (the phase bar above all) moves backwards on its own.
 */
export function useForwardOnly(next: DeploymentResource | undefined): DeploymentResource | undefined {
  const [accepted, setAccepted] = useState(next);
  if (next && next !== accepted && isNewerReading(accepted, next)) {
    setAccepted(next);
    return next;
  }
  return accepted ?? next;
}
