// Wire disks for unit tests: valid by the contract, with only what a test cares about spelled out.
import type { DiskResource } from '../../api';

export const wireDisk = (name: string, status: DiskResource['status'], capacity = 32): DiskResource => ({
  apiVersion: 'api.rapyuta.io/v2',
  kind: 'Disk',
  metadata: { name, guid: `disk-${name}`, labels: {}, createdAt: '2026-11-26T07:00:00.000Z' },
  spec: { runtime: 'cloud', capacity },
  status,
});
