// Devices onboarded from the platform's Device document (the console's Apply, a script): online at once, with the
// runtimes, architecture and ROS distro the document gives. Scenarios stage theirs through the same addDevice.
import type { CreateDeviceRequest, Result } from '../api';
import { currentUser, type Ctx } from '../context';
import { fail, ok } from '../errors';
import { emit } from '../events';
import { addDevice } from '../scenarios/world';
import type { Device } from '../types';
import { ARCHITECTURES, DEVICE_RUNTIMES, ROS_DISTROS } from '../../vocabulary';
import { validateLabel, validateResourceName } from '../validation/names';

const oneOf = (allowed: readonly string[], v: unknown) => typeof v === 'string' && allowed.includes(v);

export function createDevice(ctx: Ctx, req: CreateDeviceRequest): Result<Device> {
  const nameProblem = validateResourceName(req.name);
  if (nameProblem) return fail('invalid-name', nameProblem, 'name');
  if (ctx.state.devices.some((d) => d.name === req.name)) return fail('name-taken', `a device named ${req.name} already exists`, 'name');
  if (!oneOf(ARCHITECTURES, req.architecture)) return fail('invalid-name', `architecture must be one of ${ARCHITECTURES.join(', ')}`, 'architecture');
  if (req.runtimes.length === 0 || !req.runtimes.every((r) => oneOf(DEVICE_RUNTIMES, r))) {
    return fail('device-runtime-mismatch', 'a device runs docker or preinstalled executables: enable one', 'runtimes');
  }
  if (req.rosDistro !== undefined && !oneOf(ROS_DISTROS, req.rosDistro)) return fail('invalid-name', `ROS distro must be one of ${ROS_DISTROS.join(', ')}`, 'rosDistro');
  for (const [key, value] of Object.entries(req.labels ?? {})) {
    const problem = validateLabel(key, value);
    if (problem) return fail('invalid-label', problem.message, `labels.${key}`);
  }
  const device = addDevice(ctx, { name: req.name, architecture: req.architecture, runtimes: [...new Set(req.runtimes)], rosDistro: req.rosDistro, labels: { ...req.labels } });
  if (req.pythonVersion) device.pythonVersion = req.pythonVersion;
  if (req.configuration) device.configuration = req.configuration;
  emit(ctx, 'device', `${currentUser(ctx).name} onboarded device ${device.name} (${device.architecture}, ${device.runtimes.join(' and ')})`, { deviceId: device.id });
  return ok(device);
}

export function deleteDevice(ctx: Ctx, id: string): Result<Device> {
  const device = ctx.idx.devices.get(id);
  if (!device) return fail('unknown-device', `device ${id} does not exist`);
  const deployment = [...(ctx.idx.byDevice.get(id) ?? [])][0];
  if (deployment !== undefined) return fail('device-in-use', `${device.name} runs deployment ${ctx.idx.deployments.get(deployment)?.name ?? deployment}; deprovision it first`);
  const network = ctx.state.networks.find((n) => n.deviceId === id && n.phase !== 'Stopped');
  if (network) return fail('device-in-use', `${device.name} hosts routed network ${network.name}; delete it first`);
  ctx.state.devices.splice(ctx.state.devices.indexOf(device), 1);
  ctx.idx.devices.delete(id);
  emit(ctx, 'device', `${currentUser(ctx).name} removed device ${device.name}`, { deviceId: device.id });
  return ok(device);
}
