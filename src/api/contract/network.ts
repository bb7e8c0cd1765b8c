// Routed network (v2 Network with `type: routed`). Its status uses camelCase `errorCodes`, as v2 does.
import { z } from 'zod';
import { baseMetadata, dependsOn, deploymentPhase, deploymentStatus, errorCode, listOf, nameText, rosDistro, runtime } from './common';
import { API_VERSION } from './values';

export const networkResource = z.object({
  apiVersion: z.literal(API_VERSION),
  kind: z.literal('Network'),
  metadata: baseMetadata,
  spec: z.object({
    type: z.literal('routed'),
    runtime,
    rosDistro,
    depends: dependsOn('device').optional(),
    networkInterface: z.string().optional(),
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

export const networkList = listOf('NetworkList', networkResource);
export type NetworkList = z.infer<typeof networkList>;

export const createNetworkBody = z.object({
  apiVersion: z.literal(API_VERSION).optional(),
  kind: z.literal('Network').optional(),
  metadata: z.object({ name: nameText.trim().min(1, 'Name is required') }),
  spec: z.object({
    type: z.literal('routed').default('routed'),
    runtime,
    rosDistro,
    depends: dependsOn('device').optional(),
    networkInterface: nameText.trim().min(1).optional(),
  }),
});
export type CreateNetworkBody = z.input<typeof createNetworkBody>;
