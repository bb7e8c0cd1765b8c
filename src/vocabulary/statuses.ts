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
