// Statuses of deployments, executables and disks, as the platform's v2 API writes them.

export const DEPLOYMENT_STATUSES = ['Running', 'Pending', 'Error', 'Unknown', 'Stopped'] as const;
export type DeploymentStatus = (typeof DEPLOYMENT_STATUSES)[number];

/** Executable statuses are lower case on the wire (`running`), unlike deployment statuses. */
export const EXECUTABLE_STATUSES = ['pending', 'running', 'error', 'terminating', 'terminated', 'unknown'] as const;
export type ExecutableStatus = (typeof EXECUTABLE_STATUSES)[number];

/** What a pending executable is doing right now, so a slow pull reads as a slow pull and not a hang. */
export const EXECUTABLE_STAGES = ['waiting', 'pulling', 'creating', 'starting', 'running', 'backoff', 'stopped'] as const;
export type ExecutableStage = (typeof EXECUTABLE_STAGES)[number];

/** A disk's (volume's) status; the engine calls it the volume's phase. */
export const DISK_STATUSES = ['Pending', 'Available', 'Bound', 'Released', 'Failed'] as const;
export type DiskStatus = (typeof DISK_STATUSES)[number];

/**
 * What a cloud bridge is doing, derived from the world: `running` while it routes; `pending` while its component
 * has not started yet; `error` when it should route but cannot (a bridge error code, its component not running,
 * its device offline, its routed network down); `stopped` once its component is gone.
 */
export const BRIDGE_ROUTING_STATUSES = ['running', 'pending', 'error', 'stopped'] as const;
export type BridgeRoutingStatus = (typeof BRIDGE_ROUTING_STATUSES)[number];

/** A routed network's health as a cloud bridge shows it (the guide's Network Status). */
export const BRIDGE_NETWORK_STATUSES = ['running', 'error'] as const;
export type BridgeNetworkStatus = (typeof BRIDGE_NETWORK_STATUSES)[number];
