// Staging a world for a scenario: onboarded devices (the platform has no "create device" command; devices are
// onboarded outside it) and the catalog, created through the engine's own package command.
import type { Ctx } from '../context';
import { DAY } from '../durations';
import { createPackage } from '../resources/packages';
import type { Architecture, Device, DeviceRuntime, RosDistro } from '../types';
import { catalog } from './catalog';

export interface DeviceSpec {
  name: string;
  architecture: Architecture;
  runtimes: DeviceRuntime[];
  rosDistro?: RosDistro;
  labels?: Record<string, string>;
  networkInterfaces?: string[];
}

const BASE_COMMANDS = ['bash', 'sh', 'python3', 'curl'];
const ROS_COMMANDS = ['roslaunch', 'rosrun', 'roscore', 'rostopic'];

export function addDevice(ctx: Ctx, spec: DeviceSpec): Device {
  const now = ctx.state.now;
  const preinstalled = spec.runtimes.includes('preinstalled');
  const device: Device = {
    id: ctx.rng.uuid(),
    name: spec.name,
    online: true,
    architecture: spec.architecture,
    runtimes: spec.runtimes,
    // melodic and older images still ship python 2 on the robots
    pythonVersion: spec.rosDistro === 'melodic' || spec.rosDistro === 'kinetic' ? '2' : '3',
    labels: spec.labels ?? {},
    networkInterfaces: spec.networkInterfaces ?? ['eth0', 'wlan0'],
    pathCommands: preinstalled && spec.rosDistro ? [...BASE_COMMANDS, ...ROS_COMMANDS] : [...BASE_COMMANDS],
    platformImages: spec.runtimes.includes('docker'),
    bridgeLibraries: { compression: true, transport: true, actionlib: true },
    lastSeenAt: now,
    bootedAt: now - ctx.rng.int(1, 40) * DAY,
  };
  if (spec.rosDistro) device.rosDistro = spec.rosDistro;
  ctx.state.devices.push(device);
  ctx.idx.devices.set(device.id, device);
  return device;
}

/** Creates the catalog; returns package ids by handle. */
export function addCatalog(ctx: Ctx): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const [handle, req] of Object.entries(catalog(ctx.state.now))) {
    const created = createPackage(ctx, req, req.id);
    if (!created.ok) throw new Error(`catalog package ${req.name}: ${created.error.message}`);
    ids[handle] = created.value.id;
  }
  return ids;
}

export const DEFAULT_DEVICES: readonly DeviceSpec[] = [
  { name: 'warehouse-amr-01', architecture: 'amd64', runtimes: ['docker'], rosDistro: 'noetic', labels: { site: 'osaka-dc1', role: 'amr' } },
  { name: 'warehouse-amr-02', architecture: 'amd64', runtimes: ['docker'], rosDistro: 'noetic', labels: { site: 'osaka-dc1', role: 'amr' } },
  { name: 'warehouse-amr-03', architecture: 'amd64', runtimes: ['docker'], rosDistro: 'noetic', labels: { site: 'osaka-dc1', role: 'amr' } },
  { name: 'edge-gateway-01', architecture: 'amd64', runtimes: ['docker'], rosDistro: 'noetic', labels: { site: 'osaka-dc1', role: 'gateway' }, networkInterfaces: ['eth0', 'eth1', 'wlan0'] },
  { name: 'picker-arm-01', architecture: 'arm64v8', runtimes: ['docker'], rosDistro: 'noetic', labels: { site: 'osaka-dc1', role: 'picker' } },
  { name: 'picker-arm-02', architecture: 'arm64v8', runtimes: ['docker', 'preinstalled'], rosDistro: 'noetic', labels: { site: 'osaka-dc1', role: 'picker' } },
  { name: 'jetson-vision-01', architecture: 'arm64v8', runtimes: ['docker'], rosDistro: 'foxy', labels: { site: 'kobe-plant', role: 'inspection' } },
  { name: 'rpi-sensor-01', architecture: 'arm32v7', runtimes: ['docker'], rosDistro: 'melodic', labels: { site: 'kobe-plant', role: 'sensor' } },
  { name: 'rpi-sensor-02', architecture: 'arm32v7', runtimes: ['docker'], rosDistro: 'melodic', labels: { site: 'kobe-plant', role: 'sensor' } },
  { name: 'lab-turtlebot-01', architecture: 'amd64', runtimes: ['preinstalled'], rosDistro: 'melodic', labels: { site: 'tokyo-lab', role: 'research' } },
  { name: 'lab-turtlebot-02', architecture: 'amd64', runtimes: ['docker', 'preinstalled'], rosDistro: 'melodic', labels: { site: 'tokyo-lab', role: 'research' } },
  { name: 'agv-field-01', architecture: 'amd64', runtimes: ['docker'], rosDistro: 'foxy', labels: { site: 'nagoya-yard', role: 'agv' } },
  { name: 'agv-field-02', architecture: 'arm64v8', runtimes: ['docker'], rosDistro: 'noetic', labels: { site: 'nagoya-yard', role: 'agv' } },
  { name: 'dock-controller-01', architecture: 'arm32v7', runtimes: ['docker'], rosDistro: 'noetic', labels: { site: 'nagoya-yard', role: 'dock' } },
];
