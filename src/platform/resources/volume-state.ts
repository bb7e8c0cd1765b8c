// What a cloud volume reads, from what its volume deployment is doing: usable (Available, Bound, Released) only
// while that deployment runs; Pending on its way to its first start; Failed, with the reason, once it stops running.
// A deployment that mounts a volume which is not usable reads DEP_E210 ("Disk not running").
import { touch, type Ctx } from '../context';
import { emit } from '../events';
import type { Deployment, Volume, VolumePhase } from '../types';
import { isMovingPhase, PHASE_LABELS } from '../../vocabulary';

const USABLE: readonly VolumePhase[] = ['Available', 'Bound', 'Released'];

export const isUsableVolume = (volume: Volume): boolean => USABLE.includes(volume.phase);

/** The volume deployment runs: Running, and not on its way out. */
export function volumeDeploymentRuns(d: Deployment | undefined): boolean {
  return d !== undefined && d.phase !== 'Stopped' && d.status === 'Running' && d.deprovisioning === undefined;
}

function describeNotRunning(d: Deployment | undefined, volume: Volume): string {
  if (!d) return `its volume deployment ${volume.deploymentId ?? ''} does not exist`;
  const status = d.status === d.phase || d.phase === 'Stopped' ? '' : `, ${d.status}`;
  const leaving = d.deprovisioning ? ', being deprovisioned' : '';
  return `its volume deployment ${d.name} is not running (${PHASE_LABELS[d.phase]}${status}${leaving})`;
}

function expected(ctx: Ctx, volume: Volume): { phase: VolumePhase; reason?: string } {
  const d = ctx.idx.deployments.get(volume.deploymentId ?? '');
  if (volumeDeploymentRuns(d)) return { phase: volume.boundTo ? 'Bound' : volume.released ? 'Released' : 'Available' };
  const starting = volume.phase === 'Pending' && d !== undefined && isMovingPhase(d.phase) && !d.deprovisioning;
  return { phase: starting ? 'Pending' : 'Failed', reason: describeNotRunning(d, volume) };
}

/**
 * Brings the volume in line with its deployment (and its mount). Returns the deployment that mounts it when the
 * volume became usable or stopped being so: its status follows (DEP_E210).
 */
export function syncVolume(ctx: Ctx, volume: Volume, note?: string): Deployment | undefined {
  const next = expected(ctx, volume);
  if (next.phase === volume.phase && next.reason === volume.reason && note === undefined) return undefined;
  const wasUsable = isUsableVolume(volume);
  touch(ctx, 'disks');
  volume.phase = next.phase;
  if (next.reason === undefined) delete volume.reason;
  else volume.reason = next.reason;
  const why = note ?? (next.reason === undefined ? '' : `: ${next.reason}`);
  emit(ctx, 'volume', `Volume ${volume.name} is ${volume.phase}${why}`, volume.boundTo ? { deploymentId: volume.boundTo } : {});
  return isUsableVolume(volume) === wasUsable ? undefined : ctx.idx.deployments.get(volume.boundTo ?? '');
}

/** A deployment mounts a volume that is not usable (its volume deployment does not run). */
export function mountsUnusableVolume(ctx: Ctx, d: Deployment): boolean {
  return d.volumes.some((m) => {
    const volume = ctx.idx.volumes.get(m.volumeId);
    return volume?.boundTo === d.id && !isUsableVolume(volume);
  });
}

export function bindVolumes(ctx: Ctx, d: Deployment): void {
  for (const mount of d.volumes) {
    const volume = ctx.idx.volumes.get(mount.volumeId);
    if (!volume) continue;
    volume.boundTo = d.id;
    delete volume.released;
    syncVolume(ctx, volume, ` to ${d.name} at ${mount.component}:${mount.mountPath}`);
  }
}

export function releaseVolumes(ctx: Ctx, d: Deployment): void {
  for (const mount of d.volumes) {
    const volume = ctx.idx.volumes.get(mount.volumeId);
    if (volume?.boundTo !== d.id) continue;
    delete volume.boundTo;
    volume.released = true;
    syncVolume(ctx, volume, `: ${d.name} was deprovisioned`);
  }
}
