import type { DeviceResource } from '../../api';
import { RelativeTime } from '../../components/time/relative-time';
import { deviceState } from './device-state';

/** An online device is being seen right now; its stored `lastSeenAt` is when it last came online. */
export function DeviceLastSeen({ device }: { device: DeviceResource }) {
  if (deviceState(device) === 'online') return <>now</>;
  return <RelativeTime value={device.status.lastSeenAt} />;
}
