import type { DeviceResource } from '../../api';
import { useReonboard } from '../../api/devices/reonboard';
import { ActionButton } from '../../components/action-button/action-button';
import { useToast } from '../../components/toast/toast-context';
import { describeError } from '../../lib/errors';

/**
 * A row's `Re-onboard`: the cure of the missing software the `More faults` menu takes away. Unlike the faults it
 * changes the platform as an operator would, so a viewer cannot.
 */
export function ReonboardButton({ device }: { device: DeviceResource }) {
  const { availability, pending, reonboard } = useReonboard(device);
  const { toast } = useToast();
  const what = `Re-onboard ${device.metadata.name}`;
  return (
    <ActionButton
      size="sm"
      availability={availability}
      busy={pending}
      tooltipSide="left"
      onClick={() => reonboard((error) => toast({ title: `${what}: not done`, description: describeError(error).message, tone: 'error' }))}
    >
      Re-onboard
    </ActionButton>
  );
}
