// The console's data layer: typed client, query keys, queryOptions and hooks over the wire contract.
import './register';

// The contract's types and plain values; its zod schemas are imported from './contract' by the forms that need them
// and load with the first request otherwise, so the shell does not carry zod.
export type * from './contract';
export * from './contract/values';
export * from './contract/paths';
export { ApiError, isApiError } from './api-error';
export { api, apiRequest, apiBaseUrl, holdRequestsUntil, resolveApiUrl } from './client';
export { createQueryClient, shouldRetryRead, retryDelay } from './query-client';
export type { Connection } from './connection';
export { PROBE_INTERVAL_MS, useConnectionRecovery } from './connection-hooks';
export { POLL_INTERVAL_MS, isDeploymentMoving, isNetworkMoving, isDiskMoving } from './polling';
export { worldKeys } from './world-keys';

export { packageKeys } from './packages/keys';
export { packageQueries } from './packages/queries';
export { usePackages, usePackage } from './packages/hooks';

// Write hooks of packages, networks, volumes and network conditions are imported from their modules
// (`api/networks/mutations` …) by the screens that change those, so they load with them, not with the shell.
export { deploymentKeys } from './deployments/keys';
export { deploymentQueries } from './deployments/queries';
export {
  useDeployments,
  useDeployment,
  useDeploymentHistory,
  useDeploymentLogs,
  useDeploymentEvents,
  useWarningHistogram,
} from './deployments/hooks';
export {
  useCreateDeployment,
  useUpdateDeployment,
  useRollbackDeployment,
  useDeprovisionDeployment,
} from './deployments/mutations';
export type { UpdateDeploymentVariables } from './deployments/mutations';

export { deviceKeys } from './devices/keys';
export { deviceQueries } from './devices/queries';
export { useDevices, useDevice } from './devices/hooks';

export { networkKeys } from './networks/keys';
export { networkQueries } from './networks/queries';
export { useNetworks, useNetwork } from './networks/hooks';

export { volumeKeys } from './volumes/keys';
export { volumeQueries } from './volumes/queries';
export { useVolumes, useVolume } from './volumes/hooks';

export { userKeys } from './user/keys';
export { userQueries } from './user/queries';
export { useCurrentUser } from './user/hooks';
export { permissionFor, usePermission, VIEWER_REASON } from './user/permission';
export type { Permission } from './user/permission';

export { simulatorKeys } from './simulator/keys';
export { simulatorQueries } from './simulator/queries';
export { useSimulatorStatus, useScenarios, useSimulatorEvents, useWorldChangeSync } from './simulator/hooks';
export { useSimulatorControls } from './simulator/controls';
