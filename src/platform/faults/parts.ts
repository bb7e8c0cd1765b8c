// Faults on the platform's own parts (internal errors DEP_E2xx/E3xx/E4xx): a part stops, with its consequences,
// and comes back after `recoverAfterSeconds` or when it is restarted (lifecycle/parts.ts).
import type { PartFault, Result } from '../api';
import type { Ctx } from '../context';
import { SECOND } from '../durations';
import { fail, ok } from '../errors';
import { isRos } from '../lifecycle/bridges';
import { startBridge, startControlPlane, startMaster, startReplicas, stopBridge, stopControlPlane, stopMaster, stopReplicas } from '../lifecycle/parts';
import type { DeployedComponent, Deployment, Millis } from '../types';
import { findComponent, findDevice } from './targets';

const MAX_RECOVERY_SECONDS = 7 * 24 * 3600;
const RESTARTED = 'was restarted from the simulator';

function recoversAt(ctx: Ctx, f: PartFault): Result<Millis | undefined> {
  const s = f.recoverAfterSeconds;
  if (s === undefined || f.kind === 'part-restart') return ok(undefined);
  if (!Number.isInteger(s) || s < 1 || s > MAX_RECOVERY_SECONDS) return fail('invalid-fault', `a part recovers after 1 to ${MAX_RECOVERY_SECONDS} seconds`, 'recoverAfterSeconds');
  return ok(ctx.state.now + s * SECOND);
}

function component(ctx: Ctx, f: PartFault): Result<{ d: Deployment; comp: DeployedComponent }> {
  if (f.deploymentId === undefined) return fail('invalid-fault', `a ${f.part} fault names a deployment`, 'deploymentId');
  if (f.component === undefined) return fail('invalid-fault', `a ${f.part} fault names a component`, 'component');
  const found = findComponent(ctx, f.deploymentId, f.component);
  if (!found.ok) return found;
  const { comp } = found.value;
  if (f.part === 'cloud-bridge' && !isRos(comp)) return fail('invalid-fault', `${comp.name} is not a ROS component and has no cloud bridge`, 'component');
  if (f.part === 'replicas' && comp.runtime !== 'cloud') return fail('invalid-fault', `${comp.name} runs on a device: only cloud components have replicas in the cloud runtime`, 'component');
  const device = ctx.idx.devices.get(comp.deviceId ?? '');
  if (f.kind === 'part-failure' && device && !device.online) return fail('device-offline', `${device.name} is offline`);
  return found;
}

function bridgeOrReplicas(ctx: Ctx, f: PartFault, at: Millis | undefined): Result<string> {
  const found = component(ctx, f);
  if (!found.ok) return found;
  const { d, comp } = found.value;
  const what = f.part === 'cloud-bridge' ? `the cloud bridge executable of ${d.name}/${comp.name}` : `the replicas of ${d.name}/${comp.name}`;
  const down = f.part === 'cloud-bridge' ? comp.cloudBridge?.down !== undefined : comp.replicasDown !== undefined;
  if (f.kind === 'part-failure') {
    if (down) return fail('invalid-fault', `${what} is already not running`);
    if (f.part === 'cloud-bridge') stopBridge(ctx, d, comp, at);
    else stopReplicas(ctx, d, comp, at);
    return ok(`${what} stopped`);
  }
  if (!down) return fail('invalid-fault', `${what} is running`);
  if (f.part === 'cloud-bridge') startBridge(ctx, d, comp, RESTARTED);
  else startReplicas(ctx, d, comp, RESTARTED);
  return ok(`${what} restarted`);
}

function rosMaster(ctx: Ctx, f: PartFault, at: Millis | undefined): Result<string> {
  if (f.deviceId === undefined) return fail('invalid-fault', 'a ros-master fault names a device', 'deviceId');
  const found = findDevice(ctx, f.deviceId);
  if (!found.ok) return found;
  const device = found.value;
  const master = device.rosMaster;
  if (!master) return fail('invalid-fault', `${device.name} runs no ROS master: no ROS deployment was placed on it`, 'deviceId');
  if (!device.online) return fail('device-offline', `${device.name} is offline`);
  if (f.kind === 'part-failure') {
    if (!master.running) return fail('invalid-fault', `the ROS master on ${device.name} is already not running`);
    stopMaster(ctx, device, at);
    return ok(`ROS master on ${device.name} stopped`);
  }
  if (master.running) return fail('invalid-fault', `the ROS master on ${device.name} is running`);
  startMaster(ctx, device, RESTARTED);
  return ok(`ROS master on ${device.name} restarted`);
}

function controlPlane(ctx: Ctx, f: PartFault, at: Millis | undefined): Result<string> {
  const down = ctx.state.controlPlane !== undefined;
  if (f.kind === 'part-failure') {
    if (down) return fail('invalid-fault', 'the control plane is already not answering');
    stopControlPlane(ctx, at);
    return ok('the rapyuta.io control plane stopped answering');
  }
  if (!down) return fail('invalid-fault', 'the control plane is answering');
  startControlPlane(ctx, RESTARTED);
  return ok('the rapyuta.io control plane restored');
}

export function partFault(ctx: Ctx, f: PartFault): Result<string> {
  const at = recoversAt(ctx, f);
  if (!at.ok) return at;
  switch (f.part) {
    case 'cloud-bridge':
    case 'replicas':
      return bridgeOrReplicas(ctx, f, at.value);
    case 'ros-master':
      return rosMaster(ctx, f, at.value);
    case 'control-plane':
      return controlPlane(ctx, f, at.value);
  }
}
