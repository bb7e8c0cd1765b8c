// How a volume (the v2 Disk) reads in the list. Its phase is the disk's own lifecycle value (Pending, Available,
// Bound, Released, Failed); its status says, in the words the console uses everywhere, whether the disk is up.
import type { DeploymentStatus, DiskResource } from '../../api';

export const volumePhase = (disk: DiskResource) => disk.status.status;

const STATUS_BY_PHASE: Record<DiskResource['status']['status'], DeploymentStatus> = {
  Pending: 'Pending',
  Available: 'Running',
  Bound: 'Running',
  Released: 'Running',
  Failed: 'Error',
};

export const volumeStatus = (disk: DiskResource): DeploymentStatus => STATUS_BY_PHASE[disk.status.status];

export type VolumeDeletion = { allowed: true } | { allowed: false; reason: string };

/** A Bound volume is mounted by a deployment; the platform refuses to delete it until that deployment is gone. */
export function volumeDeletion(disk: DiskResource): VolumeDeletion {
  const bound = disk.status.diskBound;
  if (disk.status.status === 'Bound' && bound) {
    return { allowed: false, reason: `Bound to ${bound.deployment_name}: deprovision that deployment to delete this volume.` };
  }
  if (disk.status.status === 'Bound') return { allowed: false, reason: 'Bound to a deployment: deprovision it to delete this volume.' };
  return { allowed: true };
}

export const formatCapacity = (gib: number) => `${gib} GiB`;
