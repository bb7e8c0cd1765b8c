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

export { packageKeys, packageQueries, usePackages, usePackage } from './packages/packages';

// Write hooks of packages, networks, volumes and network conditions are imported from their modules
// (`api/networks/mutations` …) by the screens that change those, so they load with them, not with the shell.
export {
  deploymentKeys,
  deploymentQueries,
  useDeployments,
  useDeployment,
  useDeploymentHistory,
  useDeploymentLogs,
  useDeploymentEvents,
  useWarningHistogram,
} from './deployments/deployments';
export {
  useCreateDeployment,
  useUpdateDeployment,
  useRollbackDeployment,
  useDeprovisionDeployment,
} from './deployments/mutations';
export type { UpdateDeploymentVariables } from './deployments/mutations';
export { preloadDeploymentViews, readDeployment, readDeploymentList } from './deployments/read-deployments';
export { readPackage, readPackageList } from './packages/read-packages';

export { deviceKeys, deviceQueries, useDevices, useDevice } from './devices/devices';

export { networkKeys, networkQueries, useNetworks, useNetwork } from './networks/networks';

export { volumeKeys, volumeQueries, useVolumes, useVolume } from './volumes/volumes';

export { userKeys, userQueries, useCurrentUser } from './user/user';
export { permissionFor, usePermission, VIEWER_REASON } from './user/permission';
export type { Permission } from './user/permission';

export {
  simulatorKeys,
  simulatorQueries,
  worldKeys,
  useSimulatorStatus,
  useScenarios,
  useSimulatorEvents,
  useDownParts,
  useWorldChangeSync,
} from './simulator/simulator';
export { useSimulatorControls } from './simulator/controls';
export { useUnreadableSaveDownload } from './simulator/unreadable-save';
