// The `Platform` over one state: commands (refused for viewers, validated against the world), queries, the clock
// and change notification.
import type { Platform, Result } from './api';
import { advanceClock } from './clock/advance';
import { createCtx, ctxFor, currentUser, type Ctx } from './context';
import { fail, ok } from './errors';
import { injectFault } from './faults';
import { warningHistogram } from './histogram';
import { createDeployment } from './lifecycle/deploy';
import { downParts } from './lifecycle/parts';
import { requestDeprovision } from './lifecycle/deprovision';
import { reonboardDevice } from './lifecycle/devices';
import { requestRollback, requestUpdate } from './lifecycle/update';
import { queryLogs } from './logs/query';
import { pushBuild } from './registry/push';
import { filterDeployments, filterEvents } from './queries';
import { createNetwork, deleteNetwork } from './resources/networks';
import { createPackage, deletePackage } from './resources/packages';
import { createVolume, deleteVolume } from './resources/volumes';
import { createDevice, deleteDevice } from './resources/devices';
import { createSecret, deleteSecret, secretsOf } from './resources/secrets';
import { bumpRevisions, noRevisions } from './revisions';
import { settle } from './status';
import type { Deployment, PlatformState } from './types';
import { WORLD_KINDS, type WorldKind } from '../vocabulary';
import { validateDeploy } from './validation/deploy';

export interface Engine {
  platform: Platform;
  /** For scenarios that stage the world (devices, public packages) directly. */
  ctx: Ctx;
}

export function openEngine(state: PlatformState): Engine {
  const ctx = createCtx(state);
  const listeners = new Set<() => void>();
  const revisions = noRevisions();
  let lastEventSeq = state.events.at(-1)?.seq;
  /** Counts what the step changed (noted in `ctx.touched`), then tells the listeners. */
  const notify = (): void => {
    const seq = state.events.at(-1)?.seq;
    if (seq !== lastEventSeq) ctx.touched.add('events');
    lastEventSeq = seq;
    bumpRevisions(revisions, ctx.touched);
    ctx.touched.clear();
    for (const listener of [...listeners]) listener();
  };

  /** A command that changes `kinds` (and what it notes itself): refused for viewers; counted when accepted. */
  const command =
    <A extends unknown[], T>(kinds: readonly WorldKind[], run: (...args: A) => Result<T>) =>
    (...args: A): Result<T> => {
      if (currentUser(ctx).role !== 'operator') return fail('forbidden', `${currentUser(ctx).name} is a viewer and cannot change the platform`);
      const result = run(...args);
      if (result.ok) {
        for (const kind of kinds) ctx.touched.add(kind);
        notify();
      }
      return result;
    };

  const withDeployment =
    <A extends unknown[]>(run: (d: Deployment, ...args: A) => Result<Deployment>) =>
    (id: string, ...args: A): Result<Deployment> => {
      const d = ctx.idx.deployments.get(id);
      return d ? run(d, ...args) : fail('unknown-deployment', `deployment ${id} does not exist`);
    };

  const platform: Platform = {
    now: () => state.now,
    advance: (ms) => {
      if (advanceClock(ctx, ms)) notify();
    },
    revisions: () => ({ ...revisions }),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getState: () => state,

    currentUser: () => currentUser(ctx),
    setCurrentUser: (userId) => {
      const user = state.users.find((u) => u.id === userId);
      if (!user) return fail('unknown-user', `user ${userId} does not exist`);
      state.currentUserId = user.id;
      ctx.touched.add('users');
      notify();
      return ok(user);
    },

    listPackages: () => state.packages,
    getPackage: (id) => ctx.idx.packages.get(id),
    listDevices: () => state.devices,
    getDevice: (id) => ctx.idx.devices.get(id),
    listNetworks: () => state.networks,
    getNetwork: (id) => ctx.idx.networks.get(id),
    listVolumes: () => state.volumes,
    getVolume: (id) => ctx.idx.volumes.get(id),
    listSecrets: () => secretsOf(ctx),
    getSecret: (id) => secretsOf(ctx).find((s) => s.id === id),
    listDeployments: (filter) => filterDeployments(state.deployments, filter),
    getDeployment: (id) => ctx.idx.deployments.get(id),
    getLogs: (id, query) => {
      const d = ctx.idx.deployments.get(id);
      return d ? ok(queryLogs(ctx, d, query)) : fail('unknown-deployment', `deployment ${id} does not exist`);
    },
    warningHistogram: (id, component) => {
      const d = ctx.idx.deployments.get(id);
      if (!d) return fail('unknown-deployment', `deployment ${id} does not exist`);
      const bridge = d.components.find((c) => c.name === component)?.cloudBridge;
      if (!bridge) return fail('unknown-component', `${d.name} has no ROS component ${component} with a cloud bridge`, 'component');
      return ok(warningHistogram(bridge, state.now));
    },
    listEvents: (filter) => filterEvents(state, filter),

    createPackage: command(['packages'], (req) => createPackage(ctx, req)),
    deletePackage: command(['packages'], (id) => deletePackage(ctx, id)),
    deploy: command(['deployments'], (req) => {
      const checked = validateDeploy(ctx, req);
      if (!checked.ok) return checked;
      const d = createDeployment(ctx, req, checked.value);
      settle(ctx, d);
      return ok(d);
    }),
    update: command(['deployments'], withDeployment((d, req) => requestUpdate(ctxFor(ctx, d), d, req))),
    rollback: command(['deployments'], withDeployment((d, generation: number) => requestRollback(ctxFor(ctx, d), d, generation))),
    deprovision: command(['deployments'], withDeployment((d) => requestDeprovision(ctxFor(ctx, d), d))),
    createNetwork: command(['networks'], (req) => createNetwork(ctx, req)),
    deleteNetwork: command(['networks'], (id) => deleteNetwork(ctx, id)),
    createVolume: command(['disks', 'deployments'], (req) => createVolume(ctx, req)),
    deleteVolume: command(['disks', 'deployments'], (id) => deleteVolume(ctx, id)),
    createDevice: command(['devices'], (req) => createDevice(ctx, req)),
    deleteDevice: command(['devices'], (id) => deleteDevice(ctx, id)),
    createSecret: command(['secrets'], (req) => createSecret(ctx, req)),
    deleteSecret: command(['secrets'], (id) => deleteSecret(ctx, id)),
    reonboardDevice: command(['devices'], (id) => reonboardDevice(ctx, id)),
    downParts: () => downParts(ctx),
    injectFault: (fault) => {
      const result = injectFault(ctx, fault);
      // Faults reach into every corner of the world (links, builds, parts, devices): count them as changing it all.
      if (result.ok) {
        for (const kind of WORLD_KINDS) ctx.touched.add(kind);
        notify();
      }
      return result;
    },
    // Like a fault, a push is the simulator's doing (a developer's), not an operator's command.
    pushBuild: (req) => {
      const result = pushBuild(ctx, req);
      if (result.ok) {
        ctx.touched.add('packages');
        notify();
      }
      return result;
    },
  };
  return { platform, ctx };
}
