// Cloud volumes (disks). Creating one creates its volume deployment; the volume is Pending until that deployment
// runs, then Available, Bound while a non-stopped deployment mounts it (at most one) and Released once that one is
// deprovisioned, and Failed whenever its deployment stops running (volume-state.ts). Deleting a volume deprovisions
// its deployment; a volume bound to a deployment cannot be deleted.
import type { CreateVolumeRequest, Result } from '../api';
import { ctxFor, currentUser, type Ctx } from '../context';
import { fail, ok } from '../errors';
import { emit } from '../events';
import { requestDeprovision } from '../lifecycle/deprovision';
import { settle } from '../status';
import type { Volume } from '../types';
import { PERSISTENT_VOLUME_PACKAGE, VOLUME_CAPACITIES } from '../../vocabulary';
import { validateVolumeName } from '../validation/names';
import { createVolumeDeployment, volumePackage } from './volume-deployment';

function checkRequest(ctx: Ctx, req: CreateVolumeRequest): Result<void> {
  const problem = validateVolumeName(req.name);
  if (problem) return fail('invalid-name', problem, 'name');
  if (ctx.state.volumes.some((v) => v.name === req.name)) return fail('name-taken', `a volume named ${req.name} already exists`, 'name');
  if (ctx.idx.activeNames.has(req.name)) {
    return fail('name-taken', `a deployment named ${req.name} already exists; a volume's deployment takes the volume's name`, 'name');
  }
  if (!(VOLUME_CAPACITIES as readonly number[]).includes(req.capacityGiB)) {
    return fail('invalid-capacity', `capacity must be one of ${VOLUME_CAPACITIES.join(', ')} GiB`, 'capacityGiB');
  }
  return ok(undefined);
}

export function createVolume(ctx: Ctx, req: CreateVolumeRequest): Result<Volume> {
  const checked = checkRequest(ctx, req);
  if (!checked.ok) return checked;
  const pkg = volumePackage(ctx);
  if (!pkg) return fail('unknown-package', `the platform's persistent-volume package ${PERSISTENT_VOLUME_PACKAGE} is not in the catalog`);
  const volume: Volume = {
    id: `disk-${ctx.rng.chars(20)}`,
    name: req.name,
    capacityGiB: req.capacityGiB,
    phase: 'Pending',
    createdAt: ctx.state.now,
    createdBy: currentUser(ctx).name,
  };
  if (req.configuration) volume.configuration = req.configuration;
  ctx.state.volumes.push(volume);
  ctx.idx.volumes.set(volume.id, volume);
  emit(ctx, 'volume', `${volume.createdBy} created volume ${volume.name} (${volume.capacityGiB} GiB); its volume deployment is being provisioned`);
  // One draw of the world's, as a volume always took: the world's sequence, and so every later id, stays the same.
  const d = createVolumeDeployment(ctx, volume, pkg, ctx.rng.int(0, 0xffffffff));
  settle(ctxFor(ctx, d), d);
  return ok(volume);
}

export function deleteVolume(ctx: Ctx, id: string): Result<Volume> {
  const volume = ctx.idx.volumes.get(id);
  if (!volume) return fail('unknown-volume', `volume ${id} does not exist`);
  if (volume.boundTo !== undefined) {
    const by = ctx.idx.deployments.get(volume.boundTo)?.name ?? volume.boundTo;
    return fail('volume-bound', `volume ${volume.name} is bound to ${by}; deprovision it first`);
  }
  ctx.state.volumes.splice(ctx.state.volumes.indexOf(volume), 1);
  ctx.idx.volumes.delete(id);
  emit(ctx, 'volume', `${currentUser(ctx).name} deleted volume ${volume.name}`);
  const d = ctx.idx.deployments.get(volume.deploymentId ?? '');
  if (d && d.phase !== 'Stopped') requestDeprovision(ctxFor(ctx, d), d);
  return ok(volume);
}
