// Faults around ROS communication: cloud-bridge conflicts and libraries, routed-network health.
import type { Fault, Result } from '../api';
import type { Ctx } from '../context';
import { fail, ok } from '../errors';
import { deploymentsIn } from '../indexes';
import { isRos, refreshBridge } from '../lifecycle/bridges';
import { recheckNetworkPeers } from '../lifecycle/network-peers';
import { setNetworkHealth } from '../resources/networks';
import { settle } from '../status';
import type { DeployedComponent, Deployment } from '../types';
import { findComponent, findDevice } from './targets';

type Of<K extends Fault['kind']> = Extract<Fault, { kind: K }>;

function rosComponent(ctx: Ctx, deploymentId: string, component: string): Result<{ d: Deployment; comp: DeployedComponent }> {
  const found = findComponent(ctx, deploymentId, component);
  if (!found.ok) return found;
  if (!isRos(found.value.comp)) return fail('invalid-fault', `${component} is not a ROS component and has no cloud bridge`, 'component');
  return found;
}

/** Another ROS component on the same routed network, for the duplicate faults to copy from. */
function peer(ctx: Ctx, d: Deployment, comp: DeployedComponent, wanted: (c: DeployedComponent) => boolean): DeployedComponent | undefined {
  if (d.routedNetworkId === undefined) return undefined;
  for (const other of deploymentsIn(ctx.idx, ctx.idx.byNetwork.get(d.routedNetworkId))) {
    const found = other.components.find((c) => c !== comp && !c.deprovisioned && isRos(c) && wanted(c));
    if (found) return found;
  }
  return undefined;
}

export function duplicate(ctx: Ctx, f: Of<'duplicate-alias'> | Of<'duplicate-ros-service'>): Result<string> {
  const found = rosComponent(ctx, f.deploymentId, f.component);
  if (!found.ok) return found;
  const { d, comp } = found.value;
  const alias = f.kind === 'duplicate-alias';
  const other = peer(ctx, d, comp, (c) => (alias ? c.alias !== undefined : c.rosServices.length > 0));
  if (!other) return fail('invalid-fault', `no other ROS component on the routed network has ${alias ? 'an alias' : 'a service'} to duplicate`, 'component');
  let what: string;
  if (alias) {
    comp.alias = other.alias;
    what = `alias of ${d.name}/${comp.name} set to "${other.alias}", already used on the network`;
  } else {
    const service = other.rosServices[0] as string;
    if (!comp.rosServices.includes(service)) comp.rosServices.push(service);
    what = `${d.name}/${comp.name} now also offers ROS service ${service}`;
  }
  refreshBridge(ctx, d, comp);
  settle(ctx, d);
  // Its old alias is free again for a bridge that clashed over it.
  if (alias) recheckNetworkPeers(ctx, d);
  return ok(what);
}

export function removeBridgeLibrary(ctx: Ctx, f: Of<'remove-bridge-library'>): Result<string> {
  const found = findDevice(ctx, f.deviceId);
  if (!found.ok) return found;
  const device = found.value;
  device.bridgeLibraries[f.library] = false;
  for (const d of deploymentsIn(ctx.idx, ctx.idx.byDevice.get(device.id))) {
    if (d.phase === 'InProgress' || d.phase === 'FailedToStart') continue;
    for (const comp of d.components) if (comp.deviceId === device.id && !comp.deprovisioned) refreshBridge(ctx, d, comp);
    settle(ctx, d);
  }
  return ok(`${f.library} library of the cloud bridge removed from ${device.name}`);
}

export function networkHealth(ctx: Ctx, f: Of<'network-error'> | Of<'network-recover'>): Result<string> {
  const network = ctx.idx.networks.get(f.networkId);
  if (!network) return fail('unknown-network', `routed network ${f.networkId} does not exist`);
  if (network.phase !== 'Succeeded') return fail('not-running', `${network.name} is ${network.phase}`);
  setNetworkHealth(ctx, network, f.kind === 'network-recover');
  return ok(`routed network ${network.name} ${f.kind === 'network-error' ? 'failed' : 'recovered'}`);
}
