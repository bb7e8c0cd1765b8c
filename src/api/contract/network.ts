// Routed network (v2 Network with `type: routed`). Its status uses camelCase `errorCodes`, as v2 does.
import { z } from 'zod';
import { baseMetadata, configuration, referenceTo, deploymentPhase, deploymentStatus, errorCode, listOf, nameText, rosDistro, runtime } from './common';
import { csvEnum, exactParam, pageParams, phasesParam, resourceListParams } from './list-params';
import { API_VERSION, DEPLOYMENT_PHASES, DEPLOYMENT_STATUSES } from './values';

export const networkResource = z.object({
  apiVersion: z.literal(API_VERSION),
  kind: z.literal('Network'),
  metadata: baseMetadata,
  spec: z.object({
    type: z.literal('routed'),
    runtime,
    rosDistro,
    // Served as the SDK's network model writes it (`Device`), read whatever its case.
    depends: referenceTo('device').optional(),
    networkInterface: z.string().optional(),
    /** Platform fields Gantry keeps without simulating them (restart policy, resource limits, labels …). */
    configuration: configuration.optional(),
  }),
  status: z.object({
    phase: deploymentPhase,
    status: deploymentStatus,
    errorCodes: z.array(errorCode),
    /** Deployments (not stopped) routed through this network; a network in use cannot be deleted. */
    usedBy: z.array(z.object({ guid: z.string(), name: z.string() })),
  }),
});
export type NetworkResource = z.infer<typeof networkResource>;
/** A network as served, before the client reads it (the device reference in the SDK's case). */
export type ServedNetwork = z.input<typeof networkResource>;

export const networkList = listOf('NetworkList', networkResource);
export type NetworkList = z.infer<typeof networkList>;

export const NETWORK_TYPES = ['routed', 'native'] as const;

/**
 * GET /api/v2/networks: the SDK's `names`, `labelSelector`, `deviceName`, `networkType`, `phases`, `status`, `regions`
 * and paging, and `name`, `guids`. Stopped networks are left out unless `phases` names Stopped or is `all`.
 */
export const networkListQuery = z.object({
  ...resourceListParams,
  deviceName: exactParam.optional(),
  networkType: csvEnum(NETWORK_TYPES).optional(),
  phases: phasesParam(DEPLOYMENT_PHASES).optional(),
  status: csvEnum(DEPLOYMENT_STATUSES).optional(),
  ...pageParams,
});
export type NetworkListQuery = z.output<typeof networkListQuery>;

export const createNetworkBody = z.object({
  apiVersion: z.literal(API_VERSION).optional(),
  kind: z.literal('Network').optional(),
  metadata: z.object({ name: nameText.trim().min(1, 'Name is required') }),
  spec: z.object({
    type: z.literal('routed').default('routed'),
    runtime,
    rosDistro,
    depends: referenceTo('device').optional(),
    networkInterface: nameText.trim().min(1).optional(),
    configuration: configuration.optional(),
  }),
});
export type CreateNetworkBody = z.input<typeof createNetworkBody>;
