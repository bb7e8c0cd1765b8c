// In-place update (and rollback, which re-deploys an earlier generation's tags as a new generation). Allowed from
// Succeeded or Failed To Update; the chosen components' replicas are deleted gracefully and re-created while the
// phase shows Provisioning. An unreachable device or an image that cannot be pulled fails the rollout after the
// attempt timeout.
import type { Result, UpdateRequest } from '../api';
import { currentUser, draw, schedule, type Ctx } from '../context';
import { describeErrorCode, isUpdatablePhase } from '../../vocabulary';
import { fail, ok } from '../errors';
import { emit } from '../events';
import { appendHistory, resolveHistory, ROLLOUT_ACTIONS } from '../history';
import { setPhase } from '../phases';
import { settle } from '../status';
import type { DeployedComponent, Deployment, ErrorCode, Timer } from '../types';
import { resolveDigest, setDigest } from '../registry/builds';
import { refreshBridge } from './bridges';
import { beginExecutable, closeRun, newExecutable, reachable, terminateExecutable } from './executables';
import { recheckNetworkPeers } from './network-peers';
import { armUpdateTimeout } from './update-attempt';
import { own } from '../own';

const updatable = (comp: DeployedComponent): boolean => comp.executables.every((e) => e.type === 'docker');

function checkRequest(ctx: Ctx, d: Deployment, req: UpdateRequest): Result<DeployedComponent[]> {
  if (d.updating) return fail('update-in-progress', `${d.name} is already being updated to generation ${d.generation}`);
  if (d.deprovisioning || !isUpdatablePhase(d.phase)) {
    return fail('update-not-allowed', `${d.name} is ${d.deprovisioning ? 'being deprovisioned' : d.phase}; it can be updated when Succeeded or Failed To Update`);
  }
  if (req.components.length === 0) return fail('unknown-component', 'choose at least one component to update', 'components');
  const chosen: DeployedComponent[] = [];
  const pkg = ctx.idx.packages.get(d.packageId);
  for (const [i, choice] of req.components.entries()) {
    const comp = d.components.find((c) => c.name === choice.name);
    if (!comp) return fail('unknown-component', `${d.name} has no component ${choice.name}`, `components.${i}.name`);
    if (!updatable(comp)) return fail('update-not-supported', `${comp.name} runs preinstalled executables, which cannot be updated in place`, `components.${i}.name`);
    for (const [execName, tag] of Object.entries(choice.executables ?? {})) {
      const field = `components.${i}.executables.${execName}`;
      if (!comp.executables.some((e) => e.name === execName)) return fail('unknown-executable', `${comp.name} has no executable ${execName}`, field);
      const spec = pkg?.components.find((c) => c.name === comp.name)?.executables.find((e) => e.name === execName);
      if (!spec?.builds.some((b) => b.tag === tag)) return fail('unknown-build', `${execName} has no build tagged ${tag}`, field);
    }
    if (!chosen.includes(comp)) chosen.push(comp);
  }
  return ok(chosen);
}

/** Re-creates a component's replicas (restart count 0), keeping the run history for the logs. */
function replaceReplicas(ctx: Ctx, d: Deployment, comp: DeployedComponent): void {
  comp.executables = comp.executables.map((old) => {
    closeRun(old, ctx.state.now);
    return newExecutable(old, old.runs);
  });
  refreshBridge(ctx, d, comp, true);
  for (const ex of comp.executables) beginExecutable(ctx, d, comp, ex);
  recheckNetworkPeers(ctx, d);
}

/** Builds a rollback re-deploys exactly, by component and executable. */
type Pins = Record<string, Record<string, string>>;

/**
 * `pins`: the exact builds to run (a rollback); otherwise each executable's image pull policy picks the build.
 * The chosen tag and build are set on the replica being replaced, which its successor copies.
 */
export function requestUpdate(ctx: Ctx, d: Deployment, req: UpdateRequest, action: 'update' | 'rollback' = 'update', pins: Pins = {}): Result<Deployment> {
  const checked = checkRequest(ctx, d, req);
  if (!checked.ok) return checked;
  const chosen = checked.value;
  for (const choice of req.components) {
    const comp = chosen.find((c) => c.name === choice.name);
    for (const ex of comp?.executables ?? []) {
      ex.tag = own(choice.executables, ex.name) ?? ex.tag;
      if (comp) setDigest(ex, own(own(pins, comp.name), ex.name) ?? resolveDigest(ctx, d, comp, ex));
    }
  }
  const now = ctx.state.now;
  d.generation++;
  d.updating = { startedAt: now, components: chosen.map((c) => c.name), action };
  appendHistory(ctx, d, action, d.updating.components);
  const user = currentUser(ctx).name;
  emit(ctx, 'update', `${user} requested ${action} of ${d.name} to generation ${d.generation} (${d.updating.components.join(', ')})`, { deploymentId: d.id });
  setPhase(ctx, d, 'Provisioning', `${action} to generation ${d.generation} is rolling out`);
  for (const comp of chosen) {
    if (!reachable(ctx, comp)) {
      replaceReplicas(ctx, d, comp);
      armUpdateTimeout(ctx, d);
      continue;
    }
    for (const ex of comp.executables) {
      terminateExecutable(ctx, d, comp, ex);
      delete ex.startedAt; // the old replica no longer counts as started
    }
    schedule(ctx, now + draw(ctx, 'replace'), 'update.replace', d.id, { component: comp.name, token: d.generation });
  }
  settle(ctx, d);
  return ok(d);
}

export function onUpdateReplace(ctx: Ctx, t: Timer): Deployment | undefined {
  const d = ctx.idx.deployments.get(t.target);
  const comp = d?.components.find((c) => c.name === t.component);
  if (!d || !comp || !d.updating || d.generation !== t.token) return undefined;
  replaceReplicas(ctx, d, comp);
  return d;
}

/** Why the rollout cannot finish: an unreachable device (DEP_E151) or images that cannot be pulled. */
function blockers(ctx: Ctx, d: Deployment): ErrorCode[] {
  const codes = new Set<ErrorCode>();
  for (const comp of d.components) {
    if (!d.updating?.components.includes(comp.name)) continue;
    if (!reachable(ctx, comp)) codes.add('DEP_E151');
    for (const ex of comp.executables) {
      if (ex.errorCode === 'DEP_E153' || ex.errorCode === 'DEP_E161') codes.add(ex.errorCode);
      if (ex.reason === 'StartError' && ex.errorCode) codes.add(ex.errorCode); // a build that cannot start
    }
  }
  return [...codes].sort();
}

export function onUpdateTimeout(ctx: Ctx, t: Timer): Deployment | undefined {
  const d = ctx.idx.deployments.get(t.target);
  if (!d?.updating || d.generation !== t.token) return undefined;
  const codes = blockers(ctx, d);
  if (codes.length === 0) return undefined;
  const action = d.updating.action;
  resolveHistory(d, ROLLOUT_ACTIONS, 'failure', codes);
  delete d.updating;
  setPhase(ctx, d, 'FailedToUpdate', `${action} to generation ${d.generation} failed: ${codes.map((c) => `${c} (${describeErrorCode(c).description})`).join(', ')}`);
  return d;
}

/** Re-deploys the tags of an earlier generation as a new generation (history stays append-only). */
export function requestRollback(ctx: Ctx, d: Deployment, generation: number): Result<Deployment> {
  const target = d.history.findLast((h) => h.generation === generation && h.action !== 'deprovision');
  if (!target) return fail('unknown-build', `${d.name} has no generation ${generation}`, 'generation');
  const current = (name: string) => d.components.find((c) => c.name === name);
  const candidates = target.config.components.filter((c) => {
    const comp = current(c.name);
    return comp !== undefined && updatable(comp);
  });
  if (candidates.length === 0) return fail('update-not-supported', `${d.name} has no component that can be updated in place`);
  const differs = candidates.filter((c) =>
    c.executables.some((e) => {
      const running = current(c.name)?.executables.find((x) => x.name === e.name);
      return running?.tag !== e.tag || (e.digest !== undefined && running?.digest !== e.digest);
    }),
  );
  const chosen = differs.length > 0 ? differs : candidates;
  const components = chosen.map((c) => ({
    name: c.name,
    executables: Object.fromEntries(c.executables.filter((e) => e.tag !== undefined).map((e) => [e.name, e.tag as string])),
  }));
  const pins: Pins = Object.fromEntries(
    chosen.map((c) => [c.name, Object.fromEntries(c.executables.filter((e) => e.digest !== undefined).map((e) => [e.name, e.digest as string]))]),
  );
  return requestUpdate(ctx, d, { components }, 'rollback', pins);
}
