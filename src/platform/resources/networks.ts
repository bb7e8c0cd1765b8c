// Routed networks: provisioned like a deployment (In progress → Provisioning → Succeeded/Running). A device
// network lives on an online amd64 docker device and shows Error (DEP_E151) while that device is offline.
import type { CreateNetworkRequest, Result } from '../api';
import { currentUser, draw, schedule, touch, type Ctx } from '../context';
import { fail, ok } from '../errors';
import { emit } from '../events';
import { refreshNetworkStatus } from '../lifecycle/bridges';
import { settle } from '../status';
import type { Device, RoutedNetwork, Timer } from '../types';
import { ROS_DISTROS } from '../../vocabulary';
import { validateResourceName } from '../validation/names';


function checkDevice(ctx: Ctx, req: CreateNetworkRequest): Result<Device | undefined> {
  if (req.runtime === 'cloud') {
    if (req.deviceId !== undefined) return fail('network-runtime-mismatch', 'a cloud network runs in the cloud and takes no device', 'deviceId');
    if (req.networkInterface !== undefined) return fail('network-runtime-mismatch', 'a cloud network takes no network interface', 'networkInterface');
    return ok(undefined);
  }
  if (req.deviceId === undefined || req.deviceId === '') return fail('device-required', 'Select the device that hosts the network', 'deviceId');
  const device = ctx.idx.devices.get(req.deviceId);
  if (!device) return fail('unknown-device', `device ${req.deviceId} does not exist`, 'deviceId');
  if (!device.online) return fail('device-offline', `${device.name} is offline`, 'deviceId');
  if (!device.runtimes.includes('docker')) return fail('device-runtime-mismatch', `${device.name} has no docker runtime`, 'deviceId');
  if (device.architecture !== 'amd64') return fail('device-architecture-mismatch', `a device network needs an amd64 device; ${device.name} is ${device.architecture}`, 'deviceId');
  if (req.networkInterface === undefined || req.networkInterface === '') return fail('network-interface-required', 'Select the network interface the network binds to', 'networkInterface');
  if (!device.networkInterfaces.includes(req.networkInterface)) {
    return fail('network-interface-required', `${device.name} has no interface ${req.networkInterface} (it has ${device.networkInterfaces.join(', ')})`, 'networkInterface');
  }
  return ok(device);
}

export function createNetwork(ctx: Ctx, req: CreateNetworkRequest): Result<RoutedNetwork> {
  const nameProblem = validateResourceName(req.name);
  if (nameProblem) return fail('invalid-name', nameProblem, 'name');
  if (ctx.state.networks.some((n) => n.name === req.name && n.phase !== 'Stopped')) return fail('name-taken', `a routed network named ${req.name} already exists`, 'name');
  if (req.runtime !== 'cloud' && req.runtime !== 'device') return fail('network-runtime-mismatch', 'runtime must be cloud or device', 'runtime');
  if (!(ROS_DISTROS as readonly string[]).includes(req.rosDistro)) return fail('invalid-name', `ROS distro must be one of ${ROS_DISTROS.join(', ')}`, 'rosDistro');
  const device = checkDevice(ctx, req);
  if (!device.ok) return device;
  const now = ctx.state.now;
  const network: RoutedNetwork = {
    id: `net-${ctx.rng.chars(20)}`,
    name: req.name,
    runtime: req.runtime,
    rosDistro: req.rosDistro,
    phase: 'InProgress',
    status: 'Pending',
    errorCodes: [],
    createdAt: now,
    createdBy: currentUser(ctx).name,
  };
  if (device.value) {
    network.deviceId = device.value.id;
    network.networkInterface = req.networkInterface;
  }
  if (req.configuration) network.configuration = req.configuration;
  ctx.state.networks.push(network);
  ctx.idx.networks.set(network.id, network);
  schedule(ctx, now + draw(ctx, 'networkInProgress'), 'network.provision', network.id);
  emit(ctx, 'network', `${network.createdBy} created ${network.runtime} routed network ${network.name}`, device.value ? { deviceId: device.value.id } : {});
  return ok(network);
}

/** The status a network shows given its host device. */
function statusFromDevice(ctx: Ctx, network: RoutedNetwork): void {
  const device = network.deviceId === undefined ? undefined : ctx.idx.devices.get(network.deviceId);
  touch(ctx, 'networks');
  if (device && !device.online) {
    network.status = device.rebootingUntil === undefined ? 'Error' : 'Unknown';
    network.errorCodes = device.rebootingUntil === undefined ? ['DEP_E151'] : [];
  } else if (network.phase === 'Succeeded') {
    network.status = 'Running';
    network.errorCodes = [];
  } else network.status = 'Pending';
}

export function onNetworkTimer(ctx: Ctx, t: Timer): boolean {
  const network = ctx.idx.networks.get(t.target);
  if (!network) return false;
  if (t.kind === 'network.provision' && network.phase === 'InProgress') {
    network.phase = 'Provisioning';
    schedule(ctx, ctx.state.now + draw(ctx, network.runtime === 'cloud' ? 'networkCloud' : 'networkDevice'), 'network.ready', network.id);
    emit(ctx, 'network', `Routed network ${network.name} is Provisioning`);
    return true;
  }
  if (t.kind === 'network.ready' && network.phase === 'Provisioning') {
    network.phase = 'Succeeded';
    statusFromDevice(ctx, network);
    emit(ctx, 'network', `Routed network ${network.name} is Succeeded (${network.status})`);
    return true;
  }
  return false;
}

/** Host device went offline, rebooted or came back. */
export function onNetworkDeviceChange(ctx: Ctx, device: Device): void {
  for (const network of ctx.state.networks) {
    if (network.deviceId !== device.id || network.phase === 'Stopped') continue;
    const before = network.status;
    statusFromDevice(ctx, network);
    if (network.status !== before) propagate(ctx, network, `its device ${device.name} is ${device.online ? 'online' : 'offline'}`);
  }
}

function propagate(ctx: Ctx, network: RoutedNetwork, why: string): void {
  touch(ctx, 'networks');
  emit(ctx, 'network', `Routed network ${network.name} is ${network.status}: ${why}`);
  for (const d of refreshNetworkStatus(ctx, network)) settle(ctx, d);
}

/** Fault injection: the network's own deployment fails or recovers. */
export function setNetworkHealth(ctx: Ctx, network: RoutedNetwork, healthy: boolean): void {
  network.status = healthy ? 'Running' : 'Error';
  network.errorCodes = healthy ? [] : [network.runtime === 'cloud' ? 'DEP_E208' : 'DEP_E303'];
  propagate(ctx, network, healthy ? 'it recovered' : `${network.errorCodes[0]} (its routing deployment failed)`);
}

export function deleteNetwork(ctx: Ctx, id: string): Result<RoutedNetwork> {
  const network = ctx.idx.networks.get(id);
  if (!network) return fail('unknown-network', `routed network ${id} does not exist`);
  if (network.phase === 'Stopped') return fail('deprovision-not-allowed', `${network.name} is already stopped`);
  const user = ctx.idx.byNetwork.get(id)?.values().next().value;
  if (user !== undefined) {
    return fail('network-in-use', `${network.name} is used by deployment ${ctx.idx.deployments.get(user)?.name ?? user}; deprovision it first`);
  }
  network.phase = 'Stopped';
  network.status = 'Stopped';
  network.errorCodes = [];
  network.stoppedAt = ctx.state.now;
  emit(ctx, 'network', `${currentUser(ctx).name} deleted routed network ${network.name}`);
  return ok(network);
}
