import { Badge } from '../../components/badge/badge';
import { deviceStateLabel, deviceStateTone, type DeviceState } from './device-state';

export function DeviceStatusBadge({ state, variant }: { state: DeviceState; variant?: 'soft' | 'subtle' }) {
  return (
    <Badge tone={deviceStateTone(state)} icon={state === 'rebooting' ? 'progress-circle' : undefined} variant={variant}>
      {deviceStateLabel(state)}
    </Badge>
  );
}
