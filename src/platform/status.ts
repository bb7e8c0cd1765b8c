// A deployment's aggregate status and error codes, recomputed whenever something about it changed. A change in
// whether it is in Error is pushed along its reverse dependency edges only (DEP_E156), never across the fleet.
import { ctxFor, touch, type Ctx } from './context';
import { describeErrorCode } from '../vocabulary';
import { emit } from './events';
import { resolveHistory, ROLLOUT_ACTIONS } from './history';
import { settleBridges } from './lifecycle/bridges';
import { heldByControlPlane, holdForControlPlane } from './lifecycle/control-plane';
import { setPhase } from './phases';
import { mountsUnusableVolume, syncVolume } from './resources/volume-state';
import type { Deployment, DeploymentStatus, ErrorCode } from './types';

function liveExecutables(d: Deployment) {
  return d.components.filter((c) => !c.deprovisioned).flatMap((c) => c.executables);
}

function errorCodesOf(ctx: Ctx, d: Deployment): ErrorCode[] {
  if (d.phase === 'Stopped') return [];
  const codes = new Set<ErrorCode>();
  for (const c of d.components) {
    if (c.deprovisioned) continue;
    for (const ex of c.executables) if (ex.errorCode) codes.add(ex.errorCode);
    if (c.cloudBridge?.errorCode) codes.add(c.cloudBridge.errorCode);
    if (c.cloudBridge?.down) codes.add(c.cloudBridge.down.code);
  }
  if (heldByControlPlane(ctx, d)) codes.add(ctx.state.controlPlane?.code ?? 'DEP_E401');
  if (d.dependencies.some((id) => ctx.idx.deployments.get(id)?.status === 'Error')) codes.add('DEP_E156');
  if (mountsUnusableVolume(ctx, d)) codes.add('DEP_E210');
  return [...codes].sort();
}

/** Stopped; else Error when any code; else Pending when anything is pending; else Unknown; else Running. */
export function aggregateStatus(d: Deployment, codes: readonly ErrorCode[]): DeploymentStatus {
  if (d.phase === 'Stopped') return 'Stopped';
  if (codes.length > 0) return 'Error';
  const execs = liveExecutables(d);
  if (execs.some((e) => e.status === 'pending' || e.status === 'terminating')) return 'Pending';
  if (execs.some((e) => e.status === 'unknown')) return 'Unknown';
  return 'Running';
}

/** Every executable of the components being rolled out has started in its current replica. */
function rolledOut(d: Deployment): boolean {
  const rolling = d.updating?.components;
  return d.components
    .filter((c) => !c.deprovisioned && (rolling === undefined || rolling.includes(c.name)))
    .every((c) => c.executables.every((e) => e.startedAt !== undefined));
}

const describe = (codes: readonly ErrorCode[]): string => codes.map((c) => `${c} (${describeErrorCode(c).description})`).join(', ');

export function settle(ctx: Ctx, d: Deployment, seen: Set<string> = new Set()): void {
  if (seen.has(d.id)) return;
  seen.add(d.id);
  touch(ctx, 'deployments');
  // A disk shows its volume deployment's phase and status.
  if (d.volumeId !== undefined) touch(ctx, 'disks');
  settleStatus(ctx, d, seen);
  // A volume deployment's volume follows it, and the deployment that mounts the volume follows that (DEP_E210).
  const volume = d.volumeId === undefined ? undefined : ctx.idx.volumes.get(d.volumeId);
  const mounting = volume && syncVolume(ctx, volume);
  if (mounting) settle(ctxFor(ctx, mounting), mounting, seen);
}

function settleStatus(ctx: Ctx, d: Deployment, seen: Set<string>): void {
  if (heldByControlPlane(ctx, d)) holdForControlPlane(ctx, d);
  else if (d.phase === 'Provisioning' && !d.deprovisioning && rolledOut(d)) {
    const why = d.updating
      ? `${d.updating.action} to generation ${d.generation} rolled out`
      : 'every executable of every component started';
    resolveHistory(d, ROLLOUT_ACTIONS, 'success');
    delete d.updating;
    setPhase(ctx, d, 'Succeeded', why);
  }
  settleBridges(ctx, d);
  const wasError = d.status === 'Error';
  const codes = errorCodesOf(ctx, d);
  const status = aggregateStatus(d, codes);
  const codesChanged = codes.join() !== d.errorCodes.join();
  if (status === d.status && !codesChanged) return;
  const previous = d.status;
  d.status = status;
  d.errorCodes = codes;
  d.updatedAt = ctx.state.now;
  const detail = codes.length > 0 ? `: ${describe(codes)}` : '';
  emit(ctx, 'status', `${d.name} status ${previous} → ${status}${detail}`, { deploymentId: d.id });
  if ((status === 'Error') === wasError) return;
  for (const id of ctx.idx.dependants.get(d.id) ?? []) {
    const dependant = ctx.idx.deployments.get(id);
    if (dependant) settle(ctx, dependant, seen);
  }
}
