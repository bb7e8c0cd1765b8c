// Cloud volumes (disks): Pending → Available after a few seconds; Bound while a non-stopped deployment mounts
// them (at most one), Released when that deployment is deprovisioned; a Bound volume cannot be deleted.
import type { CreateVolumeRequest, Result } from '../api';
import { currentUser, draw, schedule, type Ctx } from '../context';
import { fail, ok } from '../errors';
import { emit } from '../events';
import type { Deployment, Timer, Volume } from '../types';
import { VOLUME_CAPACITIES } from '../../vocabulary';
import { validateVolumeName } from '../validation/names';

export function createVolume(ctx: Ctx, req: CreateVolumeRequest): Result<Volume> {
  const problem = validateVolumeName(req.name);
  if (problem) return fail('invalid-name', problem, 'name');
  if (ctx.state.volumes.some((v) => v.name === req.name)) return fail('name-taken', `a volume named ${req.name} already exists`, 'name');
  if (!(VOLUME_CAPACITIES as readonly number[]).includes(req.capacityGiB)) {
    return fail('invalid-capacity', `capacity must be one of ${VOLUME_CAPACITIES.join(', ')} GiB`, 'capacityGiB');
  }
  const now = ctx.state.now;
  const volume: Volume = {
    id: `disk-${ctx.rng.chars(20)}`,
    name: req.name,
    capacityGiB: req.capacityGiB,
    phase: 'Pending',
    createdAt: now,
    createdBy: currentUser(ctx).name,
  };
  if (req.configuration) volume.configuration = req.configuration;
  ctx.state.volumes.push(volume);
  ctx.idx.volumes.set(volume.id, volume);
  schedule(ctx, now + draw(ctx, 'volume'), 'volume.ready', volume.id);
  emit(ctx, 'volume', `${volume.createdBy} created volume ${volume.name} (${volume.capacityGiB} GiB); it is being provisioned`);
  return ok(volume);
}

export function onVolumeReady(ctx: Ctx, t: Timer): boolean {
  const volume = ctx.idx.volumes.get(t.target);
  if (volume?.phase !== 'Pending') return false;
  volume.phase = 'Available';
  emit(ctx, 'volume', `Volume ${volume.name} is Available`);
  return true;
}

export function deleteVolume(ctx: Ctx, id: string): Result<Volume> {
  const volume = ctx.idx.volumes.get(id);
  if (!volume) return fail('unknown-volume', `volume ${id} does not exist`);
  if (volume.phase === 'Bound') {
    const by = ctx.idx.deployments.get(volume.boundTo ?? '')?.name ?? volume.boundTo;
    return fail('volume-bound', `volume ${volume.name} is bound to ${by}; deprovision it first`);
  }
  ctx.state.volumes.splice(ctx.state.volumes.indexOf(volume), 1);
  ctx.idx.volumes.delete(id);
  emit(ctx, 'volume', `${currentUser(ctx).name} deleted volume ${volume.name}`);
  return ok(volume);
}

export function bindVolumes(ctx: Ctx, d: Deployment): void {
  for (const mount of d.volumes) {
    const volume = ctx.idx.volumes.get(mount.volumeId);
    if (!volume) continue;
    volume.phase = 'Bound';
    volume.boundTo = d.id;
    emit(ctx, 'volume', `Volume ${volume.name} is Bound to ${d.name} at ${mount.component}:${mount.mountPath}`, { deploymentId: d.id });
  }
}

export function releaseVolumes(ctx: Ctx, d: Deployment): void {
  for (const mount of d.volumes) {
    const volume = ctx.idx.volumes.get(mount.volumeId);
    if (volume?.boundTo !== d.id) continue;
    volume.phase = 'Released';
    delete volume.boundTo;
    emit(ctx, 'volume', `Volume ${volume.name} is Released: ${d.name} was deprovisioned`, { deploymentId: d.id });
  }
}
