// Disk (cloud volume): v2 Disk with its status enum (platform-domain §2.6, §7.4).
import { z } from 'zod';
import { baseMetadata, configuration, deploymentPhase, deploymentStatus, listOf, nameText } from './common';
import { csvEnum, pageParams, resourceListParams } from './list-params';
import { API_VERSION, DISK_STATUSES } from './values';

export const diskStatus = z.enum(DISK_STATUSES);
export type DiskStatus = z.infer<typeof diskStatus>;

export const diskResource = z.object({
  apiVersion: z.literal(API_VERSION),
  kind: z.literal('Disk'),
  metadata: baseMetadata,
  spec: z.object({ runtime: z.literal('cloud'), capacity: z.number().positive(), configuration: configuration.optional() }),
  status: z.object({
    status: diskStatus,
    diskBound: z.object({ deployment_guid: z.string(), deployment_name: z.string() }).optional(),
    /** The volume deployment that provides the disk: usable only while it runs. */
    volumeDeployment: z.object({ guid: z.string(), name: z.string(), phase: deploymentPhase, status: deploymentStatus }).optional(),
    /** Why the disk is Pending or Failed. */
    reason: z.string().optional(),
  }),
});
export type DiskResource = z.infer<typeof diskResource>;

export const diskList = listOf('DiskList', diskResource);
export type DiskList = z.infer<typeof diskList>;

/** GET /api/v2/disks: the SDK's `names`, `labelSelector`, `status`, `regions` and paging, and `name`, `guids`. */
export const diskListQuery = z.object({ ...resourceListParams, status: csvEnum(DISK_STATUSES).optional(), ...pageParams });
export type DiskListQuery = z.output<typeof diskListQuery>;

export const createDiskBody = z.object({
  apiVersion: z.literal(API_VERSION).optional(),
  kind: z.literal('Disk').optional(),
  metadata: z.object({ name: nameText.trim().min(1, 'Name is required') }),
  spec: z.object({
    runtime: z.literal('cloud').default('cloud'),
    /** GiB; the engine checks the allowed sizes. */
    capacity: z.number({ error: 'Capacity in GiB is required' }).int('Capacity is a whole number of GiB').positive(),
    configuration: configuration.optional(),
  }),
});
export type CreateDiskBody = z.input<typeof createDiskBody>;
