// The platform's own parts behind the guide's internal errors, and what their failure does:
// - a cloud bridge's own executable (DEP_E203 for a cloud component, DEP_E303 on a device): the bridge routes
//   nothing and prints nothing, its Routing Status leaves running;
// - the cloud runtime's replicas of a cloud component (DEP_E208): its executables stop and print nothing;
// - a device's ROS master (DEP_E313, see ros-master.ts): ROS nodes cannot reach it and say so in their logs;
// - the control plane (DEP_E401, see control-plane.ts): deployments waiting for their next phase stay where they are.
// A part comes back by itself at `recoversAt` when one was given, or when the operator restarts it.
import { schedule, type Ctx } from '../context';
import { emit } from '../events';
import { settle } from '../status';
import type { DeployedComponent, Deployment, Device, ErrorCode, Millis, PartOutage, Timer } from '../types';
import { refreshBridge } from './bridges';
import { holdReplica, replaceReplica } from './executables';
import { heldByControlPlane, holdForControlPlane } from './control-plane';
import { startRosMaster, stopRosMaster } from './ros-master';

export type PlatformPart = 'cloud-bridge' | 'replicas' | 'ros-master' | 'control-plane';

export const PART_CODES = {
  cloudBridgeOnCloud: 'DEP_E203',
  cloudBridgeOnDevice: 'DEP_E303',
  replicas: 'DEP_E208',
  rosMaster: 'DEP_E313',
  controlPlane: 'DEP_E401',
} as const satisfies Record<string, ErrorCode>;

/** A part that is down, as the simulator lists it. */
export interface DownPart {
  part: PlatformPart;
  code: ErrorCode;
  since?: Millis;
  recoversAt?: Millis;
  deploymentId?: string;
  deploymentName?: string;
  component?: string;
  deviceId?: string;
  deviceName?: string;
}

function outage(ctx: Ctx, code: ErrorCode, recoversAt: Millis | undefined): PartOutage {
  return recoversAt === undefined ? { code, since: ctx.state.now } : { code, since: ctx.state.now, recoversAt };
}

function scheduleRecovery(ctx: Ctx, at: Millis | undefined, part: PlatformPart, target: string, component?: string): void {
  if (at !== undefined) schedule(ctx, at, 'part.recover', target, { executable: part, ...(component ? { component } : {}) });
}

const RECHECK_OFFLINE_MS = 30_000;

const settleAll = (ctx: Ctx, ds: Iterable<Deployment>) => {
  for (const d of ds) settle(ctx, d);
};

// --- the cloud bridge's executable -----------------------------------------------------------------------------

export function stopBridge(ctx: Ctx, d: Deployment, comp: DeployedComponent, recoversAt?: Millis): void {
  const bridge = comp.cloudBridge;
  if (!bridge) return;
  const code = comp.runtime === 'cloud' ? PART_CODES.cloudBridgeOnCloud : PART_CODES.cloudBridgeOnDevice;
  bridge.down = outage(ctx, code, recoversAt);
  scheduleRecovery(ctx, recoversAt, 'cloud-bridge', d.id, comp.name);
  emit(ctx, 'status', `The cloud bridge executable of ${d.name}/${comp.name} is not running (${code}): ${bridge.name} routes nothing`, { deploymentId: d.id });
  settle(ctx, d);
}

export function startBridge(ctx: Ctx, d: Deployment, comp: DeployedComponent, why: string): void {
  const bridge = comp.cloudBridge;
  if (!bridge?.down) return;
  delete bridge.down;
  emit(ctx, 'status', `The cloud bridge executable of ${d.name}/${comp.name} ${why}`, { deploymentId: d.id });
  refreshBridge(ctx, d, comp, true);
  settle(ctx, d);
}

// --- the cloud runtime's replicas ------------------------------------------------------------------------------

export function stopReplicas(ctx: Ctx, d: Deployment, comp: DeployedComponent, recoversAt?: Millis): void {
  comp.replicasDown = outage(ctx, PART_CODES.replicas, recoversAt);
  for (const ex of comp.executables) holdReplica(ctx, d, comp, ex);
  scheduleRecovery(ctx, recoversAt, 'replicas', d.id, comp.name);
  emit(ctx, 'status', `The cloud runtime does not run the replicas of ${d.name}/${comp.name} (${PART_CODES.replicas})`, { deploymentId: d.id });
  settle(ctx, d);
}

export function startReplicas(ctx: Ctx, d: Deployment, comp: DeployedComponent, why: string): void {
  if (!comp.replicasDown) return;
  delete comp.replicasDown;
  emit(ctx, 'status', `The replicas of ${d.name}/${comp.name} ${why}`, { deploymentId: d.id });
  for (const ex of comp.executables) replaceReplica(ctx, d, comp, ex);
  settle(ctx, d);
}

// --- a device's ROS master -------------------------------------------------------------------------------------

export function stopMaster(ctx: Ctx, device: Device, recoversAt?: Millis): void {
  const changed = stopRosMaster(ctx, device, recoversAt);
  scheduleRecovery(ctx, recoversAt, 'ros-master', device.id);
  emit(ctx, 'device', `ROS master on ${device.name} is not running (${PART_CODES.rosMaster}): its ROS nodes cannot reach it`, { deviceId: device.id });
  settleAll(ctx, changed);
}

export function startMaster(ctx: Ctx, device: Device, why: string): void {
  settleAll(ctx, startRosMaster(ctx, device, why));
}

// --- the control plane -----------------------------------------------------------------------------------------

export function stopControlPlane(ctx: Ctx, recoversAt?: Millis): void {
  ctx.state.controlPlane = { ...outage(ctx, PART_CODES.controlPlane, recoversAt), held: [] };
  scheduleRecovery(ctx, recoversAt, 'control-plane', 'control-plane');
  emit(ctx, 'phase', `The rapyuta.io control plane is not answering (${PART_CODES.controlPlane}): deployments wait for their next phase`);
  for (const d of ctx.state.deployments) {
    if (!heldByControlPlane(ctx, d)) continue;
    holdForControlPlane(ctx, d);
    settle(ctx, d);
  }
}

export function startControlPlane(ctx: Ctx, why: string): void {
  const cp = ctx.state.controlPlane;
  if (!cp) return;
  delete ctx.state.controlPlane;
  emit(ctx, 'phase', `The rapyuta.io control plane ${why}: held deployments move on`);
  for (const id of cp.held) {
    const d = ctx.idx.deployments.get(id);
    if (!d) continue;
    // A deployment held In progress is checked again at once, as its start timer would have.
    if (d.phase === 'InProgress' && !d.deprovisioning) schedule(ctx, ctx.state.now, 'deploy.start', d.id);
    settle(ctx, d);
  }
}

// --- coming back by itself ---------------------------------------------------------------------------------------

/** A part's recovery time came: it is back unless it was restarted (or failed again) since. */
export function onPartRecover(ctx: Ctx, t: Timer): boolean {
  const why = 'was restarted by the platform';
  if (t.executable === 'control-plane') {
    if (ctx.state.controlPlane?.recoversAt !== t.at) return false;
    startControlPlane(ctx, 'is answering again');
    return true;
  }
  if (t.executable === 'ros-master') {
    const device = ctx.idx.devices.get(t.target);
    const master = device?.rosMaster;
    if (!device || !master || master.recoversAt !== t.at) return false;
    // Out of sight, the platform cannot tell: it looks again once the device could be back.
    if (!device.online) {
      master.recoversAt = t.at + RECHECK_OFFLINE_MS;
      scheduleRecovery(ctx, master.recoversAt, 'ros-master', device.id);
      return false;
    }
    startMaster(ctx, device, why);
    return true;
  }
  const d = ctx.idx.deployments.get(t.target);
  const comp = d?.components.find((c) => c.name === t.component);
  if (!d || !comp || comp.deprovisioned) return false;
  if (t.executable === 'cloud-bridge' && comp.cloudBridge?.down?.recoversAt === t.at) startBridge(ctx, d, comp, why);
  else if (t.executable === 'replicas' && comp.replicasDown?.recoversAt === t.at) startReplicas(ctx, d, comp, 'are running again');
  else return false;
  return true;
}

// --- listing -------------------------------------------------------------------------------------------------------

const when = (o: PartOutage | undefined) => ({ ...(o?.since !== undefined ? { since: o.since } : {}), ...(o?.recoversAt !== undefined ? { recoversAt: o.recoversAt } : {}) });

/** Every part that is down now, for the simulator to offer its restart. */
export function downParts(ctx: Ctx): DownPart[] {
  const out: DownPart[] = [];
  const cp = ctx.state.controlPlane;
  if (cp) out.push({ part: 'control-plane', code: cp.code, ...when(cp) });
  for (const device of ctx.state.devices) {
    const master = device.rosMaster;
    if (master && !master.running) {
      out.push({ part: 'ros-master', code: PART_CODES.rosMaster, deviceId: device.id, deviceName: device.name, ...(master.recoversAt !== undefined ? { recoversAt: master.recoversAt } : {}) });
    }
  }
  for (const d of ctx.state.deployments) {
    if (d.phase === 'Stopped') continue;
    for (const comp of d.components) {
      if (comp.deprovisioned) continue;
      const on = { deploymentId: d.id, deploymentName: d.name, component: comp.name };
      if (comp.cloudBridge?.down) out.push({ part: 'cloud-bridge', code: comp.cloudBridge.down.code, ...on, ...when(comp.cloudBridge.down) });
      if (comp.replicasDown) out.push({ part: 'replicas', code: comp.replicasDown.code, ...on, ...when(comp.replicasDown) });
    }
  }
  return out;
}

