// The platform's Disk: a cloud volume of one of the offered sizes. Its disk type and labels are kept as configuration.
import { z } from 'zod';
import type { CreateDiskBody, DiskResource } from '../disk';
import { PLATFORM_MANIFEST_VERSION, configurationOf, defined, envelope, platformMetadata, withConfiguration } from './common';

export const platformDisk = envelope(
  'Disk',
  platformMetadata,
  z.looseObject({
    runtime: z.literal('cloud', { error: "Gantry's volumes are cloud disks: runtime is cloud" }).default('cloud'),
    capacity: z.number({ error: 'capacity in GiB is required' }).int('capacity is a whole number of GiB').positive('capacity is more than 0'),
    diskType: z.string().optional(),
  }),
);
export type PlatformDisk = z.output<typeof platformDisk>;
export type PlatformDiskDocument = z.input<typeof platformDisk>;

export function fromPlatformDisk(doc: PlatformDisk): CreateDiskBody {
  const { spec, metadata } = doc;
  const { runtime: _runtime, capacity: _capacity, ...rest } = spec;
  return {
    metadata: { name: metadata.name },
    spec: defined({
      runtime: 'cloud' as const,
      capacity: spec.capacity,
      configuration: configurationOf({
        'metadata.labels': metadata.labels && Object.keys(metadata.labels).length ? metadata.labels : undefined,
        'metadata.region': metadata.region,
        ...Object.fromEntries(Object.entries(rest).map(([k, v]) => [`spec.${k}`, v])),
      }),
    }),
  };
}

export function toPlatformDisk(disk: DiskResource): PlatformDiskDocument {
  const doc = {
    apiVersion: PLATFORM_MANIFEST_VERSION,
    kind: 'Disk' as const,
    metadata: { name: disk.metadata.name },
    spec: { runtime: 'cloud' as const, capacity: disk.spec.capacity },
  };
  return withConfiguration(doc, disk.spec.configuration);
}
