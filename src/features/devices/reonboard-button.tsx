import type { DeviceResource } from '../../api';
import { useReonboard } from '../../api/devices/reonboard';
import { ActionButton } from '../../components/action-button/action-button';
import { useToast } from '../../components/toast/toast-context';
import { describeError } from '../../lib/errors';

/** `Re-onboard`: reinstalls the platform's software on the device, which reboots; its deployments follow. */
export function ReonboardButton({ device }: { device: DeviceResource }) {
  const { availability, pending, reonboard } = useReonboard(device);
  const { toast } = useToast();
  const name = device.metadata.name;
  const start = () =>
    reonboard((error) => toast({ title: `Re-onboard ${name}: not done`, description: describeError(error).message, tone: 'error' }));
  return (
    <ActionButton size="sm" availability={availability} busy={pending} onClick={start}>
      Re-onboard
    </ActionButton>
  );
}
