// Deprovision: allowed from any phase but Stopped. Components on reachable devices (and in the cloud) terminate
// for 2–5 s; components on offline devices cannot be removed, which leaves the deployment Partially
// deprovisioned until it is deprovisioned again with those devices online.
import type { Result } from '../api';
import { currentUser, draw, schedule, touch, type Ctx } from '../context';
import { fail, ok } from '../errors';
import { emit } from '../events';
import { appendHistory, resolveHistory, ROLLOUT_ACTIONS } from '../history';
import { unindexStopped } from '../indexes';
import { setPhase } from '../phases';
import { releaseVolumes } from '../resources/volume-state';
import { settle } from '../status';
import type { Deployment, Timer } from '../types';
import { reachable, terminateExecutable } from './executables';
import { recheckNetworkPeers } from './network-peers';
import { releaseRosMaster } from './ros-master';

export function requestDeprovision(ctx: Ctx, d: Deployment): Result<Deployment> {
  if (d.phase === 'Stopped') return fail('deprovision-not-allowed', `${d.name} is already stopped`);
  if (d.deprovisioning) return ok(d);
  const now = ctx.state.now;
  if (d.updating) {
    resolveHistory(d, ROLLOUT_ACTIONS, 'failure');
    delete d.updating;
  }
  resolveHistory(d, ['create'], 'failure');
  const targets = d.components.filter((c) => !c.deprovisioned && reachable(ctx, c));
  for (const comp of targets) for (const ex of comp.executables) terminateExecutable(ctx, d, comp, ex);
  d.deprovisioning = { startedAt: now };
  d.updatedAt = now;
  appendHistory(ctx, d, 'deprovision', targets.map((c) => c.name));
  const left = d.components.filter((c) => !c.deprovisioned && !targets.includes(c)).map((c) => c.name);
  const note = left.length > 0 ? `; ${left.join(', ')} cannot be reached (device offline)` : '';
  emit(ctx, 'deprovision', `${currentUser(ctx).name} deprovisioned ${d.name}${note}`, { deploymentId: d.id });
  schedule(ctx, now + draw(ctx, 'terminate'), 'deprovision.finish', d.id, { token: now });
  settle(ctx, d);
  return ok(d);
}

export function onDeprovisionFinish(ctx: Ctx, t: Timer): Deployment | undefined {
  const d = ctx.idx.deployments.get(t.target);
  if (!d?.deprovisioning || d.deprovisioning.startedAt !== t.token) return undefined;
  const attempt = d.history[d.history.length - 1];
  const removed = attempt?.action === 'deprovision' ? attempt.components : [];
  for (const comp of d.components) {
    if (!removed.includes(comp.name)) continue;
    comp.deprovisioned = true;
    for (const ex of comp.executables) {
      ex.status = 'terminated';
      delete ex.reason;
      delete ex.errorCode;
      delete ex.beforeOffline;
    }
  }
  delete d.deprovisioning;
  releaseVolumes(ctx, d);
  const remaining = d.components.filter((c) => !c.deprovisioned);
  if (remaining.length === 0) {
    d.stoppedAt = ctx.state.now;
    resolveHistory(d, ['deprovision'], 'success');
    setPhase(ctx, d, 'Stopped', 'all components were deprovisioned');
    unindexStopped(ctx.idx, d);
    // No longer among the users its devices, network and package list.
    touch(ctx, 'devices', 'networks', 'packages');
    for (const comp of d.components) {
      const device = ctx.idx.devices.get(comp.deviceId ?? '');
      if (device) releaseRosMaster(ctx, device);
    }
  } else {
    resolveHistory(d, ['deprovision'], 'failure', ['DEP_E151']);
    const names = remaining.map((c) => `${c.name} (${ctx.idx.devices.get(c.deviceId ?? '')?.name ?? 'device'})`).join(', ');
    if (d.phase === 'PartiallyDeprovisioned') emit(ctx, 'deprovision', `${d.name} is still partially deprovisioned: ${names} could not be reached`, { deploymentId: d.id });
    else setPhase(ctx, d, 'PartiallyDeprovisioned', `${names} could not be deprovisioned: device offline (DEP_E151)`);
  }
  settle(ctx, d);
  // What it offered on its routed network is gone: the bridges that clashed with it may route again.
  recheckNetworkPeers(ctx, d);
  return d;
}
