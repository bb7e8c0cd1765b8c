// A new deployment: recorded In progress, then after 1–3 s either Failed to start (the guide's In-progress
// validation errors) or Provisioning, with each executable pulling its image. A deployment whose dependency is
// still being provisioned for the first time waits In progress until that dependency has started (or failed).
import type { DeployRequest } from '../api';
import { currentUser, draw, schedule, touch, type Ctx } from '../context';
import { SECOND } from '../durations';
import { describeErrorCode } from '../../vocabulary';
import { emit } from '../events';
import { appendHistory, resolveHistory, ROLLOUT_ACTIONS } from '../history';
import { indexDeployment } from '../indexes';
import { setPhase } from '../phases';
import { commandOnPath } from '../restart-policy';
import { settle } from '../status';
import type { DeployedComponent, Deployment, ErrorCode, ExecutableInstance, Package, Timer } from '../types';
import { resolveDigest, setDigest } from '../registry/builds';
import { bindVolumes } from '../resources/volume-state';
import { isRos, newBridge, refreshBridge } from './bridges';
import { beginExecutable, newExecutable } from './executables';
import { heldByControlPlane } from './control-plane';
import { ensureRosMaster } from './ros-master';
import { own } from '../own';

/** Records the deployment; the request was validated against the world already. `id`: a volume deployment's, derived. */
export function createDeployment(ctx: Ctx, req: DeployRequest, pkg: Package, id?: string): Deployment {
  const { state, idx } = ctx;
  const now = state.now;
  const network = req.routedNetworkId === undefined ? undefined : idx.networks.get(req.routedNetworkId);
  const components: DeployedComponent[] = pkg.components.map((spec) => {
    const choice = own(req.components, spec.name) ?? {};
    const device = spec.runtime === 'device' ? idx.devices.get(choice.deviceId ?? '') : undefined;
    const comp: DeployedComponent = {
      name: spec.name,
      runtime: spec.runtime,
      rosServices: [],
      executables: spec.executables.map((e) => newExecutable(e)),
      deprovisioned: false,
    };
    if (device) {
      comp.deviceId = device.id;
      comp.restartPolicy = choice.restartPolicy ?? spec.restartPolicy;
    }
    if (spec.ros.enabled) {
      comp.alias = choice.alias ?? device?.name ?? spec.name;
      comp.rosServices = spec.ros.services.map((service) => (spec.ros.scoped ? `/${comp.alias}${service}` : service));
      comp.cloudBridge = newBridge(ctx, req.name, spec.name, network);
    }
    return comp;
  });
  const d: Deployment = {
    // Drawn after the bridges' ids, as it always was: the same seed gives the same ids.
    id: id ?? `dep-${ctx.rng.chars(20)}`,
    name: req.name,
    labels: { ...req.labels },
    packageId: pkg.id,
    packageName: pkg.name,
    packageVersion: pkg.version,
    dependencies: [...new Set(req.dependencies ?? [])],
    volumes: (req.volumes ?? []).map((v) => ({ volumeId: v.volumeId, component: v.component, mountPath: v.mountPath })),
    components,
    phase: 'InProgress',
    status: 'Pending',
    errorCodes: [],
    generation: 1,
    history: [],
    phaseHistory: [{ phase: 'InProgress', at: now }],
    createdBy: currentUser(ctx).name,
    createdAt: now,
    updatedAt: now,
  };
  if (network) d.routedNetworkId = network.id;
  if (req.configuration) d.configuration = req.configuration;
  for (const comp of components) for (const ex of comp.executables) setDigest(ex, resolveDigest(ctx, d, comp, ex));
  appendHistory(ctx, d, 'create', components.map((c) => c.name));
  state.deployments.push(d);
  indexDeployment(idx, d);
  // Devices, networks and packages each list the deployments that use them.
  touch(ctx, 'deployments', 'devices', 'networks', 'packages');
  bindVolumes(ctx, d);
  emit(ctx, 'phase', `${d.name} is In progress: ${d.createdBy} deployed ${pkg.name} ${pkg.version}`, { deploymentId: d.id });
  schedule(ctx, now + draw(ctx, 'inProgress'), 'deploy.start', d.id);
  return d;
}

interface StartProblem {
  comp: DeployedComponent;
  ex?: ExecutableInstance;
  code: ErrorCode;
  reason: string;
  why: string;
}

/** The errors the guide lists for the In progress phase (DEP_E162, and DEP_E152 for a command not on $PATH). */
function startProblems(ctx: Ctx, d: Deployment): StartProblem[] {
  const pkg = ctx.idx.packages.get(d.packageId);
  const problems: StartProblem[] = [];
  for (const comp of d.components) {
    const device = ctx.idx.devices.get(comp.deviceId ?? '');
    if (!device) continue;
    const spec = pkg?.components.find((c) => c.name === comp.name);
    const distro = spec?.ros.distro;
    if (spec && spec.architecture !== device.architecture) {
      problems.push({ comp, code: 'DEP_E162', reason: 'ArchitectureMismatch', why: `component ${comp.name} is built for ${spec.architecture}, ${device.name} is ${device.architecture}` });
    } else if (isRos(comp) && distro !== device.rosDistro) {
      problems.push({ comp, code: 'DEP_E162', reason: 'RosDistroMismatch', why: `component ${comp.name} needs ROS ${distro}, ${device.name} has ${device.rosDistro ?? 'no ROS'}` });
    } else if (comp.executables.some((e) => e.type === 'docker') && !device.platformImages) {
      problems.push({ comp, code: 'DEP_E162', reason: 'PlatformImagesMissing', why: `rapyuta.io docker images are missing on ${device.name}` });
    }
    for (const ex of comp.executables) {
      if (!commandOnPath(device, ex)) {
        problems.push({ comp, ex, code: 'DEP_E152', reason: 'CommandNotFound', why: `${ex.command.split(' ')[0]} is not on the $PATH of ${device.name}` });
      }
    }
  }
  return problems;
}

function failToStart(ctx: Ctx, d: Deployment, problems: StartProblem[]): void {
  for (const comp of d.components) {
    for (const ex of comp.executables) {
      const problem = problems.find((p) => p.comp === comp && (p.ex === undefined || p.ex === ex));
      ex.stage = 'stopped';
      if (problem) {
        ex.status = 'error';
        ex.errorCode = problem.code;
        ex.reason = problem.reason;
        if (problem.code === 'DEP_E152') ex.exitCode = 127;
      } else {
        ex.status = 'terminated';
        ex.reason = 'NotStarted';
      }
    }
  }
  const codes = [...new Set(problems.map((p) => p.code))].sort();
  resolveHistory(d, ROLLOUT_ACTIONS, 'failure', codes);
  const why = problems.map((p) => `${p.code} (${describeErrorCode(p.code).description}): ${p.why}`).join('; ');
  setPhase(ctx, d, 'FailedToStart', why);
}

/** How often a deployment waiting for a dependency checks on it again. */
export const DEPENDENCY_POLL_MS = 5 * SECOND;

/**
 * A dependency that does not read Running yet ("each dependency's STATUS must read Running"): on its way to its
 * first start, restarting, or out of sight on an offline device. One in Error does not hold the deployment back;
 * it starts and shows DEP_E156 instead, as does one that is being updated (its old replicas keep serving).
 */
function awaitedDependency(ctx: Ctx, d: Deployment): Deployment | undefined {
  for (const id of d.dependencies) {
    const dep = ctx.idx.deployments.get(id);
    if (!dep || dep.deprovisioning || dep.status === 'Error' || dep.status === 'Running' || dep.updating) continue;
    if (dep.phase === 'InProgress' || dep.phase === 'Provisioning' || dep.phase === 'Succeeded') return dep;
  }
  return undefined;
}

const WAITING_FOR_DEPENDENCY = 'WaitingForDependency';

/** Keeps the deployment In progress and checks again shortly; true the first time (something changed). */
function waitForDependency(ctx: Ctx, d: Deployment, dep: Deployment): boolean {
  schedule(ctx, ctx.state.now + DEPENDENCY_POLL_MS, 'deploy.start', d.id);
  const executables = d.components.flatMap((c) => c.executables);
  if (executables.every((ex) => ex.reason === WAITING_FOR_DEPENDENCY || ex.beforeOffline)) return false;
  for (const ex of executables) if (!ex.beforeOffline) ex.reason = WAITING_FOR_DEPENDENCY;
  emit(ctx, 'phase', `${d.name} stays In progress: waiting for its dependency ${dep.name} (${dep.phase}, ${dep.status}) to read Running`, { deploymentId: d.id });
  return true;
}

export function onDeployStart(ctx: Ctx, t: Timer): Deployment | undefined {
  const d = ctx.idx.deployments.get(t.target);
  if (!d || d.phase !== 'InProgress' || d.deprovisioning) return undefined;
  // The control plane is not answering: the deployment stays In progress until it is back (settle shows why).
  if (heldByControlPlane(ctx, d)) return d;
  const awaited = awaitedDependency(ctx, d);
  if (awaited) return waitForDependency(ctx, d, awaited) ? d : undefined;
  const problems = startProblems(ctx, d);
  if (problems.length > 0) {
    failToStart(ctx, d, problems);
    return d;
  }
  setPhase(ctx, d, 'Provisioning', 'pulling images and creating containers');
  const touched: Deployment[] = [];
  for (const comp of d.components) {
    const device = ctx.idx.devices.get(comp.deviceId ?? '');
    if (device && isRos(comp)) touched.push(...ensureRosMaster(ctx, d, comp, device));
    refreshBridge(ctx, d, comp, true);
    for (const ex of comp.executables) beginExecutable(ctx, d, comp, ex);
  }
  for (const other of touched) settle(ctx, other);
  return d;
}
