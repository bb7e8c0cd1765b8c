// A deploy request checked against the world, field by field, in the order of the deploy form. The first problem
// wins; its `field` names the form control (`components.<name>.deviceId`, `dependencies.0`, `volumes.0.mountPath`).
import type { DeployRequest, Result } from '../api';
import type { Ctx } from '../context';
import { fail, ok } from '../errors';
import { packageVersions } from '../queries';
import { DEVICE_RUNTIMES, deviceRuntimeOf, isDependencyReadyPhase, isMountableDiskStatus } from '../../vocabulary';
import type { ComponentSpec, Package } from '../types';
import { validateAlias, validateDeploymentName, validateLabel, validateMountPath } from './names';
import { own } from '../own';

function checkComponent(ctx: Ctx, spec: ComponentSpec, choice: NonNullable<DeployRequest['components']>[string] | undefined): Result<void> {
  const field = `components.${spec.name}`;
  const aliasProblem = choice?.alias === undefined ? undefined : validateAlias(choice.alias);
  if (aliasProblem) return fail('invalid-name', aliasProblem, `${field}.alias`);
  if (spec.runtime === 'cloud') {
    if (choice?.deviceId !== undefined) return fail('device-runtime-mismatch', `${spec.name} runs in the cloud and takes no device`, `${field}.deviceId`);
    return ok(undefined);
  }
  const deviceId = choice?.deviceId;
  if (deviceId === undefined || deviceId === '') return fail('device-required', `Select a device for ${spec.name}`, `${field}.deviceId`);
  const device = ctx.idx.devices.get(deviceId);
  if (!device) return fail('unknown-device', `device ${deviceId} does not exist`, `${field}.deviceId`);
  if (!device.online) return fail('device-offline', `${device.name} is offline; only online devices can be selected`, `${field}.deviceId`);
  // An architecture (or ROS distro) that does not match is not refused here: the platform accepts the request and
  // the device reports DEP_E162 when the deployment is provisioned, as the guide's In progress errors say. The
  // wizard does not offer such a device; only a forced request (the API, a manifest) gets that far.
  for (const runtime of DEVICE_RUNTIMES) {
    const needed = spec.executables.some((e) => deviceRuntimeOf(e.type) === runtime);
    if (needed && !device.runtimes.includes(runtime)) {
      return fail('device-runtime-mismatch', `${spec.name} needs the ${runtime} runtime, which ${device.name} does not have`, `${field}.deviceId`);
    }
  }
  return ok(undefined);
}

function checkNetwork(ctx: Ctx, req: DeployRequest, pkg: Package): Result<void> {
  const anyCloud = pkg.components.some((c) => c.runtime === 'cloud');
  if (req.routedNetworkId === undefined || req.routedNetworkId === '') {
    if (pkg.components.some((c) => c.ros.enabled)) return fail('network-required', 'Select a routed network: the package has ROS components', 'routedNetworkId');
    return ok(undefined);
  }
  const net = ctx.idx.networks.get(req.routedNetworkId);
  if (!net) return fail('unknown-network', `routed network ${req.routedNetworkId} does not exist`, 'routedNetworkId');
  if (net.phase !== 'Succeeded' || net.status !== 'Running') {
    return fail('network-not-running', `routed network ${net.name} is not running (${net.phase}, ${net.status})`, 'routedNetworkId');
  }
  if (anyCloud && net.runtime !== 'cloud') {
    return fail('network-runtime-mismatch', `${net.name} is a device network; a package with cloud components needs a cloud routed network`, 'routedNetworkId');
  }
  return ok(undefined);
}

function checkDependencies(ctx: Ctx, req: DeployRequest): Result<void> {
  for (const [i, id] of (req.dependencies ?? []).entries()) {
    const dep = ctx.idx.deployments.get(id);
    if (!dep) return fail('unknown-deployment', `deployment ${id} does not exist`, `dependencies.${i}`);
    if (!isDependencyReadyPhase(dep.phase) || dep.deprovisioning) {
      return fail('dependency-not-running', `${dep.name} is ${dep.phase}; a dependency must be Succeeded or Provisioning`, `dependencies.${i}`);
    }
  }
  return ok(undefined);
}

function checkVolumes(ctx: Ctx, req: DeployRequest, pkg: Package): Result<void> {
  const seen = new Set<string>();
  for (const [i, mount] of (req.volumes ?? []).entries()) {
    const field = `volumes.${i}`;
    const volume = ctx.idx.volumes.get(mount.volumeId);
    if (!volume) return fail('unknown-volume', `volume ${mount.volumeId} does not exist`, `${field}.volumeId`);
    if (seen.has(volume.id)) return fail('volume-not-available', `volume ${volume.name} is listed twice`, `${field}.volumeId`);
    seen.add(volume.id);
    if (volume.phase === 'Bound') {
      const by = ctx.idx.deployments.get(volume.boundTo ?? '')?.name ?? volume.boundTo;
      return fail('volume-not-available', `volume ${volume.name} is already bound to ${by}`, `${field}.volumeId`);
    }
    if (!isMountableDiskStatus(volume.phase)) {
      const why = volume.reason === undefined ? '' : `: ${volume.reason}`;
      return fail('volume-not-available', `volume ${volume.name} is ${volume.phase}${why}; it must be Available or Released, with its volume deployment running`, `${field}.volumeId`);
    }
    const spec = pkg.components.find((c) => c.name === mount.component);
    if (!spec) return fail('unknown-component', `the package has no component ${mount.component}`, `${field}.component`);
    if (spec.runtime !== 'cloud') return fail('volume-not-available', 'volumes can be mounted on cloud components only', `${field}.component`);
    const pathProblem = validateMountPath(mount.mountPath);
    if (pathProblem) return fail('invalid-mount-path', pathProblem, `${field}.mountPath`);
  }
  return ok(undefined);
}

export function validateDeploy(ctx: Ctx, req: DeployRequest): Result<Package> {
  const nameProblem = validateDeploymentName(req.name);
  if (nameProblem) return fail('invalid-name', nameProblem, 'name');
  if (ctx.idx.activeNames.has(req.name)) return fail('name-taken', `a deployment named ${req.name} already exists`, 'name');
  for (const [key, value] of Object.entries(req.labels ?? {})) {
    const problem = validateLabel(key, value);
    if (problem) return fail('invalid-label', problem.message, `labels.${key}`);
  }
  const pkg = ctx.idx.packages.get(req.packageId);
  if (!pkg) return fail('unknown-package', `package ${req.packageId} does not exist`, 'packageId');
  if (req.packageVersion !== undefined && req.packageVersion !== pkg.version) {
    const versions = packageVersions(ctx.state.packages, pkg.name).join(', ');
    return fail('unknown-package-version', `${pkg.name} has no version ${req.packageVersion}; its versions are ${versions}`, 'packageVersion');
  }
  for (const name of Object.keys(req.components ?? {})) {
    if (!pkg.components.some((c) => c.name === name)) return fail('unknown-component', `${pkg.name} has no component ${name}`, `components.${name}`);
  }
  for (const spec of pkg.components) {
    const checked = checkComponent(ctx, spec, own(req.components, spec.name));
    if (!checked.ok) return checked;
  }
  for (const check of [checkNetwork(ctx, req, pkg), checkDependencies(ctx, req), checkVolumes(ctx, req, pkg)]) {
    if (!check.ok) return check;
  }
  return ok(pkg);
}
