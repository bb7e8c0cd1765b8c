// A cloud volume's volume deployment: a deployment of the built-in `io-public-persistent-volume` package, named as
// the volume, with an id derived from the volume's. It goes through the lifecycle every deployment does, drawing
// from a random source of its own, so that adding a volume moves no other id or timing of the world.
import type { Ctx } from '../context';
import { createPackage } from './packages';
import { createDeployment } from '../lifecycle/deploy';
import { openRun } from '../lifecycle/executables';
import { setPhase } from '../phases';
import { createRng } from '../rng';
import { catalog } from '../scenarios/catalog';
import type { Deployment, Package, Volume } from '../types';
import { PERSISTENT_VOLUME_PACKAGE } from '../../vocabulary';

export const volumeDeploymentId = (volumeId: string): string => `dep-${volumeId.replace(/^disk-/, '')}`;

/** The persistent-volume package, if the catalog still has it. */
export const volumePackage = (ctx: Ctx): Package | undefined => ctx.idx.packages.get(PERSISTENT_VOLUME_PACKAGE);

/** Records the volume's deployment (In progress); `seed` starts its own random source. The caller settles it. */
export function createVolumeDeployment(ctx: Ctx, volume: Volume, pkg: Package, seed: number): Deployment {
  const holder = { rng: seed >>> 0 };
  const own: Ctx = { state: ctx.state, idx: ctx.idx, rng: createRng(holder), touched: ctx.touched };
  const d = createDeployment(own, { name: volume.name, packageId: pkg.id, labels: {} }, pkg, volumeDeploymentId(volume.id));
  d.rng = holder.rng;
  d.volumeId = volume.id;
  volume.deploymentId = d.id;
  return d;
}

/**
 * An older save's disk, which was usable without a deployment: it gets its volume deployment, already running from
 * now on (the package is added back if the save's catalog lost it). The caller settles it.
 */
export function adoptVolume(ctx: Ctx, volume: Volume, seed: number): Deployment {
  const pkg = volumePackage(ctx) ?? addVolumePackage(ctx);
  if (volume.phase === 'Released') volume.released = true;
  // Its disk was usable: it stays so, rather than reading Pending while a deployment starts.
  if (volume.phase === 'Pending' || volume.phase === 'Failed') volume.phase = 'Available';
  const d = createVolumeDeployment(ctx, volume, pkg, seed);
  setPhase(ctx, d, 'Provisioning', 'a disk of an older save gets its volume deployment');
  for (const comp of d.components) {
    for (const ex of comp.executables) {
      ex.status = 'running';
      ex.stage = 'running';
      delete ex.reason;
      ex.startedAt = ctx.state.now;
      openRun(ctx, comp, ex);
    }
  }
  return d;
}

function addVolumePackage(ctx: Ctx): Package {
  const req = catalog(ctx.state.now)['volume'];
  const created = req && createPackage(ctx, req, PERSISTENT_VOLUME_PACKAGE);
  if (!created?.ok) throw new Error('the persistent-volume package could not be added back');
  return created.value;
}
