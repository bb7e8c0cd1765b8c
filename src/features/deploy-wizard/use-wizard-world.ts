import { useMemo } from 'react';
import { useDeployments, useDevices, useNetworks, usePackage, useVolumes } from '../../api';
import { DEPENDENCY_READY_PHASES } from '../../vocabulary';
import type { WizardWorld } from './wizard-validation';

// Only these can be depended on; asking for them (and up to the list's maximum) keeps the list short.
const CANDIDATE_FILTER = { phases: DEPENDENCY_READY_PHASES, limit: 500 } as const;

/** Everything the wizard chooses from, loaded together: the form opens once all of it is there. */
export function useWizardWorld(packageId: string) {
  const pkg = usePackage(packageId);
  const devices = useDevices();
  const networks = useNetworks();
  const deployments = useDeployments({ phases: [...CANDIDATE_FILTER.phases], limit: CANDIDATE_FILTER.limit });
  const volumes = useVolumes();
  const queries = [pkg, devices, networks, deployments, volumes];

  const world = useMemo<WizardWorld | undefined>(
    () =>
      pkg.data && devices.data && networks.data && deployments.data && volumes.data
        ? {
            pkg: pkg.data,
            devices: devices.data.items,
            networks: networks.data.items,
            deployments: deployments.data.items,
            disks: volumes.data.items,
          }
        : undefined,
    [pkg.data, devices.data, networks.data, deployments.data, volumes.data],
  );

  return {
    world,
    /** The package could not be loaded: nothing to deploy. */
    packageError: pkg.error,
    /** Another list could not be loaded (and is not cached). */
    worldError: queries.find((q) => q.error && !q.data)?.error,
    retry: () => queries.filter((q) => q.error).forEach((q) => void q.refetch()),
    /** Load every list again, e.g. after the platform refused a deploy because the world changed. */
    refreshAll: () => [devices, networks, deployments, volumes].forEach((q) => void q.refetch()),
    refreshDevices: () => devices.refetch(),
    devicesRefreshing: devices.isFetching,
  };
}
