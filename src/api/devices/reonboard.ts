// Re-onboarding a device: the platform's software is reinstalled and the device reboots. Imported by the screens
// that offer it (Devices, the Simulator), not through the api index.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../client';
import { paths } from '../contract/paths';
import type { DeviceResource } from '../contract';
import { worldKeys } from '../simulator/simulator';
import { usePermission, type Permission } from '../user/permission';

/** Why the device cannot be re-onboarded now, in words for the button's reason; undefined when it can. */
export function reonboardBlocker(device: DeviceResource): string | undefined {
  const { status } = device.status;
  if (device.status.reonboarding) return `${device.metadata.name} is being re-onboarded and comes back by itself.`;
  if (device.status.rebootingUntil !== undefined) return `${device.metadata.name} is rebooting and comes back by itself.`;
  if (status !== 'ONLINE') return `${device.metadata.name} is offline: re-onboarding needs the device connected.`;
  return undefined;
}

/** `Re-onboard` for one device: whether it is available (role first, then the device's state) and the action. */
export function useReonboard(device: DeviceResource) {
  const queryClient = useQueryClient();
  const permission = usePermission();
  const mutation = useMutation({
    mutationFn: (id: string) => api.post('deviceResource', paths.simulator.reonboard(id), undefined),
    // Its deployments go offline with it: every screen of the world reads again.
    onSuccess: () => Promise.all(worldKeys.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
  const blocker = reonboardBlocker(device);
  const availability: Permission = !permission.enabled ? permission : blocker ? { enabled: false, reason: blocker } : { enabled: true };
  return {
    availability,
    pending: mutation.isPending,
    reonboard: (onError: (error: unknown) => void) => mutation.mutate(device.metadata.guid, { onError }),
  };
}
