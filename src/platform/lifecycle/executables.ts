// One executable's life: pull → create → start → run, exits and restarts with back-off, and what a reboot or a
// reconnect does to it. Every timed stage sets `stageEndsAt` and schedules one timer; a timer whose time no longer
// matches `stageEndsAt` is stale and ignored.
import { draw, schedule, type Ctx } from '../context';
import { backoffDelay, bandwidth, CRASH_LOOP_AFTER, EARLY_EXIT_MS, MB, SECOND, STABLE_RUN_MS } from '../durations';
import { emit } from '../events';
import { LOG_RETENTION_MS } from '../logs/query';
import { appendLog } from '../logs/store';
import { commandOnPath, restartsAfterExit, restartsAfterReboot } from '../restart-policy';
import { rememberImage, resolveDigest, runningBuild, setDigest } from '../registry/builds';
import type { DeployedComponent, Deployment, ExecutableInstance, ExecutableSpec, ExecutableStage, ImageBuild, Millis, Timer } from '../types';
import { isRos } from './bridges';
import { markRosMasterDown, rosMasterDown } from './ros-master';
import { armUpdateTimeout } from './update-attempt';
import { hideBehindDevice } from './visibility';

const MAX_RUNS = 200;

type Blueprint = Pick<ExecutableSpec, 'name' | 'type' | 'image' | 'tag' | 'command'> & { digest?: string };

export function newExecutable(spec: Blueprint, runs: ExecutableInstance['runs'] = []): ExecutableInstance {
  const ex: ExecutableInstance = {
    name: spec.name,
    type: spec.type,
    command: spec.command,
    status: 'pending',
    stage: 'waiting',
    reason: 'Waiting',
    restartCount: 0,
    stoppedByHand: false,
    runs,
  };
  if (spec.image !== undefined) ex.image = spec.image;
  if (spec.tag !== undefined) ex.tag = spec.tag;
  if (spec.digest !== undefined) ex.digest = spec.digest;
  return ex;
}

/** Bytes pulled at a given time: `pull.doneBytes` is the amount at `pull.startedAt`, progress is linear after. */
export function pullProgress(pull: NonNullable<ExecutableInstance['pull']>, at: Millis): number {
  if (at <= pull.startedAt) return pull.doneBytes;
  if (at >= pull.endsAt) return pull.totalBytes;
  return Math.round(pull.doneBytes + ((pull.totalBytes - pull.doneBytes) * (at - pull.startedAt)) / (pull.endsAt - pull.startedAt));
}

export function reachable(ctx: Ctx, comp: DeployedComponent): boolean {
  return comp.deviceId === undefined || ctx.idx.devices.get(comp.deviceId)?.online === true;
}

const ref = (ex: ExecutableInstance): string => `${ex.image ?? ex.name}:${ex.tag ?? 'latest'}`;

function log(ctx: Ctx, d: Deployment, comp: DeployedComponent, ex: ExecutableInstance, text: string, stream: 'stdout' | 'stderr' = 'stdout'): void {
  appendLog(ctx, { deploymentId: d.id, component: comp.name, source: ex.name }, text, stream);
}

function setStage(ctx: Ctx, d: Deployment, comp: DeployedComponent, ex: ExecutableInstance, stage: ExecutableStage, duration?: number): void {
  ex.stage = stage;
  if (duration === undefined) {
    delete ex.stageEndsAt;
    return;
  }
  ex.stageEndsAt = ctx.state.now + duration;
  schedule(ctx, ex.stageEndsAt, 'exec', d.id, { component: comp.name, executable: ex.name });
}

function pending(ex: ExecutableInstance, reason: string): void {
  ex.status = 'pending';
  ex.reason = reason;
  delete ex.errorCode;
}

function failed(ex: ExecutableInstance, code: ExecutableInstance['errorCode'], reason: string): void {
  ex.status = 'error';
  ex.errorCode = code;
  ex.reason = reason;
}

export function closeRun(ex: ExecutableInstance, at: Millis): void {
  const run = ex.runs[ex.runs.length - 1];
  if (run && run.to === undefined) run.to = at;
}

/** The build to pull: the one the replica was given (none under `Never` without a copy on the node). */
const findBuild = runningBuild;

// --- provisioning --------------------------------------------------------------------------------------------

/** Starts provisioning an executable; on an unreachable device it waits, unseen, until the device is back. */
export function beginExecutable(ctx: Ctx, d: Deployment, comp: DeployedComponent, ex: ExecutableInstance): void {
  if (comp.replicasDown) return holdReplica(ctx, d, comp, ex);
  if (!reachable(ctx, comp)) {
    setStage(ctx, d, comp, ex, 'waiting');
    pending(ex, 'Waiting');
    const device = ctx.idx.devices.get(comp.deviceId ?? '');
    if (device) hideBehindDevice(ex, device);
    return;
  }
  if (ex.type === 'preInstalled') toStarting(ctx, d, comp, ex);
  else startPull(ctx, d, comp, ex, 0);
}

function startPull(ctx: Ctx, d: Deployment, comp: DeployedComponent, ex: ExecutableInstance, doneBytes: number): void {
  const build = findBuild(ctx, d, comp, ex);
  const now = ctx.state.now;
  // A registry that no longer has the image answers quickly, without a size.
  const totalBytes = build?.available ? Math.round(build.sizeMB * MB) : 0;
  const duration = build?.available
    ? Math.max(SECOND, Math.ceil((totalBytes - doneBytes) / bandwidth(ctx.state.seed, comp.deviceId)))
    : draw(ctx, 'failedPull');
  ex.pull = { totalBytes, doneBytes, startedAt: now, endsAt: now + duration };
  setStage(ctx, d, comp, ex, 'pulling', duration);
  if (ex.errorCode === undefined) pending(ex, 'PullingImage');
  else ex.reason = 'ErrImagePull'; // a retry keeps the pull error visible until it succeeds
  if (doneBytes === 0) log(ctx, d, comp, ex, `Pulling image "${ref(ex)}"`);
}

/**
 * A pull that failed is retried by its tag, as the node pulls it: once the image is restored or pushed again under
 * that tag (the guide's cure for DEP_E153 / DEP_E161), the retry finds the build the tag points to now.
 */
function retryPull(ctx: Ctx, d: Deployment, comp: DeployedComponent, ex: ExecutableInstance): void {
  if (!findBuild(ctx, d, comp, ex)?.available) setDigest(ex, resolveDigest(ctx, d, comp, ex) ?? ex.digest);
  startPull(ctx, d, comp, ex, 0);
}

function finishPull(ctx: Ctx, d: Deployment, comp: DeployedComponent, ex: ExecutableInstance): void {
  const build = findBuild(ctx, d, comp, ex);
  if (!build?.available) {
    ex.failures = (ex.failures ?? 0) + 1;
    const delay = backoffDelay(ex.failures);
    failed(ex, comp.runtime === 'cloud' ? 'DEP_E153' : 'DEP_E161', 'ImagePullBackOff');
    log(ctx, d, comp, ex, `Failed to pull image "${ref(ex)}": manifest for ${ref(ex)} not found: manifest unknown`, 'stderr');
    log(ctx, d, comp, ex, `Back-off pulling image "${ref(ex)}" (retry in ${delay / SECOND}s)`, 'stderr');
    setStage(ctx, d, comp, ex, 'backoff', delay);
    armUpdateTimeout(ctx, d);
    return;
  }
  const seconds = ((ctx.state.now - (ex.pull?.startedAt ?? ctx.state.now)) / SECOND).toFixed(1);
  log(ctx, d, comp, ex, `Successfully pulled image "${ref(ex)}" (${build.sizeMB} MB) in ${seconds}s, digest ${build.digest}`);
  ex.digest = build.digest;
  rememberImage(ctx, comp, ex);
  delete ex.pull;
  ex.failures = 0;
  pending(ex, 'ContainerCreating');
  setStage(ctx, d, comp, ex, 'creating', draw(ctx, 'create'));
}

function toStarting(ctx: Ctx, d: Deployment, comp: DeployedComponent, ex: ExecutableInstance): void {
  if (ex.errorCode === undefined) pending(ex, 'PodInitializing');
  setStage(ctx, d, comp, ex, 'starting', draw(ctx, 'start'));
  if (ex.type === 'docker') log(ctx, d, comp, ex, `Created container ${ex.name}`);
}

/** Exception 1: the command is not on the device's $PATH, so the executable cannot start. */
function cannotStart(ctx: Ctx, d: Deployment, comp: DeployedComponent, ex: ExecutableInstance): void {
  const command = ex.command.trim().split(/\s+/)[0] ?? ex.command;
  ex.exitCode = 127;
  failed(ex, 'DEP_E152', 'CommandNotFound');
  setStage(ctx, d, comp, ex, 'stopped');
  log(ctx, d, comp, ex, `bash: ${command}: command not found`, 'stderr');
  emit(ctx, 'restart', `${d.name}/${comp.name}/${ex.name} failed to start: ${command} is not on the device's $PATH`, { deploymentId: d.id, deviceId: comp.deviceId });
}

/** A build whose entrypoint is not in the image: the container is created but its process cannot be started. */
function badEntrypoint(ctx: Ctx, d: Deployment, comp: DeployedComponent, ex: ExecutableInstance, exitCode: number): void {
  const command = ex.command.trim().split(/\s+/)[0] || ex.name;
  ex.exitCode = exitCode;
  failed(ex, 'DEP_E152', 'StartError');
  setStage(ctx, d, comp, ex, 'stopped');
  log(ctx, d, comp, ex, `Error: failed to start container "${ex.name}": exec: "${command}": executable file not found in $PATH (exit code ${exitCode})`, 'stderr');
  emit(ctx, 'restart', `${d.name}/${comp.name}/${ex.name} cannot start: the entrypoint ${command} is not in its build (exit code ${exitCode})`, { deploymentId: d.id, deviceId: comp.deviceId });
  armUpdateTimeout(ctx, d);
}

/** A docker replica crash-loops exactly when its build has a crash defect; the count of crashes carries on. */
function followBuild(ex: ExecutableInstance, build: ImageBuild | undefined): void {
  // A loop staged on this replica alone stays with it until the replica is replaced.
  if (!build || ex.crashLoop?.replica) return;
  const defect = build.defect;
  if (defect?.kind !== 'crash-on-start' && defect?.kind !== 'crash-after') {
    delete ex.crashLoop;
    return;
  }
  ex.crashLoop = { exitCode: defect.exitCode, crashes: ex.crashLoop?.crashes ?? 0 };
  if (defect.kind === 'crash-after') ex.crashLoop.afterMs = (defect.afterSeconds ?? 0) * SECOND;
}

const uptime = (ctx: Ctx, ex: ExecutableInstance): number | undefined =>
  ex.crashLoop ? (ex.crashLoop.afterMs ?? draw(ctx, 'crashLoopUptime')) : undefined;

function run(ctx: Ctx, d: Deployment, comp: DeployedComponent, ex: ExecutableInstance): void {
  const now = ctx.state.now;
  if (!commandOnPath(ctx.idx.devices.get(comp.deviceId ?? ''), ex)) return cannotStart(ctx, d, comp, ex);
  const build = ex.type === 'docker' ? runningBuild(ctx, d, comp, ex) : undefined;
  if (build?.defect?.kind === 'bad-entrypoint') return badEntrypoint(ctx, d, comp, ex, build.defect.exitCode);
  followBuild(ex, build);
  ex.startedAt = now;
  openRun(ctx, comp, ex);
  // A crash loop stays flagged through its short-lived runs; otherwise running again clears the codes.
  if (ex.crashLoop && (ex.failures ?? 0) >= CRASH_LOOP_AFTER) failed(ex, 'DEP_E163', 'CrashLoopBackOff');
  else if (rosMasterDown(ctx, comp)) markRosMasterDown(ex);
  else {
    ex.status = 'running';
    delete ex.reason;
    delete ex.errorCode;
  }
  setStage(ctx, d, comp, ex, 'running', uptime(ctx, ex));
  log(ctx, d, comp, ex, ex.type === 'docker' ? `Started container ${ex.name}` : `Started ${ex.command}`);
}

/** A new heard run; a ROS node started while its device's ROS master is down prints what such a node prints. */
export function openRun(ctx: Ctx, comp: DeployedComponent, ex: ExecutableInstance): void {
  const now = ctx.state.now;
  ex.runs.push(rosMasterDown(ctx, comp) ? { from: now, noMaster: true } : { from: now });
  trimRuns(ex, now);
}

function trimRuns(ex: ExecutableInstance, now: Millis): void {
  const cutoff = now - LOG_RETENTION_MS;
  while (ex.runs.length > MAX_RUNS || (ex.runs[0]?.to ?? Infinity) < cutoff) ex.runs.shift();
}

/**
 * Fault: the build this replica runs turns out to crash a few seconds after each start, so every replica of it
 * does from its next start on, and this one from now; a preinstalled executable, which has no build, is flagged.
 */
export function startCrashLoop(ctx: Ctx, d: Deployment, comp: DeployedComponent, ex: ExecutableInstance, exitCode: number, scope: 'build' | 'replica' = 'build'): void {
  const build = scope === 'build' ? runningBuild(ctx, d, comp, ex) : undefined;
  if (build) build.defect = { kind: 'crash-on-start', exitCode };
  ex.crashLoop = scope === 'replica' ? { exitCode, crashes: 0, replica: true } : { exitCode, crashes: 0 };
  setStage(ctx, d, comp, ex, 'running', draw(ctx, 'crashLoopUptime'));
}

// --- exits and restarts -------------------------------------------------------------------------------------

function crashText(ctx: Ctx, comp: DeployedComponent, ex: ExecutableInstance, exitCode: number): string {
  const what =
    exitCode === 139 ? 'Segmentation fault (core dumped)' : exitCode === 137 ? 'Killed (out of memory)' : exitCode === 0 ? 'exited normally' : `exited with code ${exitCode}`;
  if (isRos(comp)) return `[${ex.name}-1] process has died [pid ${ctx.rng.int(2000, 32000)}, exit code ${exitCode}, cmd ${ex.command}]: ${what}`;
  return `${ex.name}: ${what}`;
}

/** The process exited (crash, clean exit, or `docker stop`); the restart policy decides what happens next. */
export function exitExecutable(ctx: Ctx, d: Deployment, comp: DeployedComponent, ex: ExecutableInstance, exitCode: number, byHand = false): void {
  const now = ctx.state.now;
  const ranFor = now - (ex.startedAt ?? now);
  closeRun(ex, now);
  ex.exitCode = exitCode;
  ex.failures = (ranFor >= STABLE_RUN_MS ? 0 : (ex.failures ?? 0)) + 1;
  const who = `${d.name}/${comp.name}/${ex.name}`;
  if (byHand) {
    ex.stoppedByHand = true;
    log(ctx, d, comp, ex, `Container ${ex.name} stopped by hand (docker stop), exit code ${exitCode}`, 'stderr');
  } else log(ctx, d, comp, ex, crashText(ctx, comp, ex, exitCode), 'stderr');
  if (restartsAfterExit(comp, ex, exitCode)) {
    const delay = backoffDelay(ex.failures);
    enterBackoff(ctx, d, comp, ex, ranFor, delay);
    const policy = comp.runtime === 'cloud' ? 'cloud components always restart' : `restart policy ${comp.restartPolicy}`;
    emit(ctx, 'restart', `${who} exited with code ${exitCode}; restarting in ${delay / SECOND}s (${policy})`, { deploymentId: d.id, deviceId: comp.deviceId });
    return;
  }
  failed(ex, 'DEP_E152', byHand ? 'ContainerStopped' : exitCode === 0 ? 'Completed' : 'Error');
  setStage(ctx, d, comp, ex, 'stopped');
  const why = byHand ? 'it was stopped by hand, so no restart policy applies until the device reboots' : `restart policy ${comp.restartPolicy}`;
  emit(ctx, 'restart', `${who} exited with code ${exitCode} and is not restarted: ${why}`, { deploymentId: d.id, deviceId: comp.deviceId });
}

function enterBackoff(ctx: Ctx, d: Deployment, comp: DeployedComponent, ex: ExecutableInstance, ranFor: number, delay: number): void {
  if ((ex.failures ?? 0) >= CRASH_LOOP_AFTER) failed(ex, 'DEP_E163', 'CrashLoopBackOff');
  else if (comp.runtime === 'cloud') failed(ex, ranFor < EARLY_EXIT_MS ? 'DEP_E154' : 'DEP_E155', 'Error');
  else pending(ex, 'BackOff');
  setStage(ctx, d, comp, ex, 'backoff', delay);
  log(ctx, d, comp, ex, `Back-off ${delay / SECOND}s restarting failed container ${ex.name}`, 'stderr');
}

/** `afterExit`: one restart of the deployment; a reboot's restarts are counted once per component by its caller. */
function restart(ctx: Ctx, d: Deployment, comp: DeployedComponent, ex: ExecutableInstance, afterExit = true): void {
  if (comp.replicasDown) return holdReplica(ctx, d, comp, ex);
  ex.restartCount++;
  if (afterExit && comp.runtime === 'device') comp.restarts = (comp.restarts ?? 0) + 1;
  if (!commandOnPath(ctx.idx.devices.get(comp.deviceId ?? ''), ex)) return cannotStart(ctx, d, comp, ex);
  log(ctx, d, comp, ex, `Restarting ${ex.name} (restart ${ex.restartCount})`);
  toStarting(ctx, d, comp, ex);
}

// --- timers --------------------------------------------------------------------------------------------------

/** The current stage of an executable ended; returns the deployment if this timer was current. */
export function onExecTimer(ctx: Ctx, t: Timer): Deployment | undefined {
  const d = ctx.idx.deployments.get(t.target);
  if (!d || d.phase === 'Stopped') return undefined;
  const comp = d.components.find((c) => c.name === t.component);
  const ex = comp?.executables.find((e) => e.name === t.executable);
  if (!comp || !ex || comp.deprovisioned || ex.stageEndsAt !== t.at || !reachable(ctx, comp)) return undefined;
  switch (ex.stage) {
    case 'pulling':
      finishPull(ctx, d, comp, ex);
      break;
    case 'creating':
      toStarting(ctx, d, comp, ex);
      break;
    case 'starting':
      run(ctx, d, comp, ex);
      break;
    case 'backoff':
      if (ex.startedAt === undefined) retryPull(ctx, d, comp, ex);
      else restart(ctx, d, comp, ex);
      break;
    case 'running':
      if (!ex.crashLoop) return undefined;
      ex.crashLoop.crashes++;
      exitExecutable(ctx, d, comp, ex, ex.crashLoop.exitCode);
      break;
    default:
      return undefined;
  }
  return d;
}

// --- device comes back ---------------------------------------------------------------------------------------

/** The device reconnected without rebooting: timed stages continue from where the platform lost sight of them. */
export function resumeExecutable(ctx: Ctx, d: Deployment, comp: DeployedComponent, ex: ExecutableInstance, lostAt: Millis): void {
  switch (ex.stage) {
    case 'waiting':
      if (d.phase !== 'InProgress') beginExecutable(ctx, d, comp, ex);
      return;
    case 'pulling':
      startPull(ctx, d, comp, ex, ex.pull ? Math.min(pullProgress(ex.pull, lostAt), ex.pull.totalBytes) : 0);
      return;
    case 'creating':
      return setStage(ctx, d, comp, ex, 'creating', draw(ctx, 'create'));
    case 'starting':
      return setStage(ctx, d, comp, ex, 'starting', draw(ctx, 'start'));
    case 'backoff':
      return setStage(ctx, d, comp, ex, 'backoff', backoffDelay(ex.failures ?? 1));
    case 'running':
      openRun(ctx, comp, ex);
      if (ex.crashLoop) setStage(ctx, d, comp, ex, 'running', uptime(ctx, ex));
      return;
    default:
      return;
  }
}

/**
 * The reboot killed the device's processes; provisioning continues, running ones come back only under `always`.
 * Returns whether the executable restarted, so the caller counts the deployment's restart once.
 */
export function recoverAfterReboot(ctx: Ctx, d: Deployment, comp: DeployedComponent, ex: ExecutableInstance, lostAt: Millis): boolean {
  ex.stoppedByHand = false; // exception 3 ends with the reboot
  const ranBefore = ex.startedAt !== undefined;
  const comesBack = restartsAfterReboot(comp.restartPolicy);
  if (ex.stage === 'stopped') {
    if (!(comesBack && ranBefore && ex.status === 'error')) return false;
    restart(ctx, d, comp, ex, false);
    return true;
  }
  if (!ranBefore || ex.stage === 'waiting' || ex.stage === 'pulling' || ex.stage === 'creating') {
    resumeExecutable(ctx, d, comp, ex, lostAt);
    return false;
  }
  if (comesBack) {
    restart(ctx, d, comp, ex, false);
    return true;
  }
  failed(ex, 'DEP_E152', 'DeviceRebooted');
  setStage(ctx, d, comp, ex, 'stopped');
  emit(ctx, 'restart', `${d.name}/${comp.name}/${ex.name} is not restarted after the reboot (restart policy ${comp.restartPolicy})`, { deploymentId: d.id, deviceId: comp.deviceId });
  return false;
}

/**
 * The device dropped off or is rebooting. Either way nothing it prints reaches the platform until it is back, so
 * the heard run ends here; `resumeExecutable` opens a new one if the process kept running through it.
 */
export function loseExecutable(ctx: Ctx, comp: DeployedComponent, ex: ExecutableInstance): void {
  closeRun(ex, ctx.state.now);
  const device = ctx.idx.devices.get(comp.deviceId ?? '');
  if (device) hideBehindDevice(ex, device);
}

// --- the cloud runtime's replicas (DEP_E208) ------------------------------------------------------------------

/**
 * The cloud runtime does not run this replica: its process is gone (it prints nothing) and nothing is scheduled
 * for it until the replicas are back (`replaceReplica`).
 */
export function holdReplica(ctx: Ctx, d: Deployment, comp: DeployedComponent, ex: ExecutableInstance): void {
  closeRun(ex, ctx.state.now);
  delete ex.pull;
  setStage(ctx, d, comp, ex, 'waiting');
  failed(ex, comp.replicasDown?.code ?? 'DEP_E208', 'ReplicaNotRunning');
}

/** The replicas are back: a held replica is scheduled again, as a new pod (it pulls, creates and starts). */
export function replaceReplica(ctx: Ctx, d: Deployment, comp: DeployedComponent, ex: ExecutableInstance): void {
  if (ex.reason !== 'ReplicaNotRunning') return;
  pending(ex, 'Waiting');
  beginExecutable(ctx, d, comp, ex);
}

// --- removal -------------------------------------------------------------------------------------------------

/** Graceful deletion of a replica (deprovision, or the old replica of an update). */
export function terminateExecutable(ctx: Ctx, d: Deployment, comp: DeployedComponent, ex: ExecutableInstance): void {
  closeRun(ex, ctx.state.now);
  ex.status = 'terminating';
  delete ex.reason;
  delete ex.errorCode;
  delete ex.pull;
  setStage(ctx, d, comp, ex, 'stopped');
  log(ctx, d, comp, ex, `Stopping container ${ex.name}`);
}
