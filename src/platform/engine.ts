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
import { settle } from './status';
import type { Deployment, PlatformState } from './types';
import { validateDeploy } from './validation/deploy';

export interface Engine {
  platform: Platform;
  /** For scenarios that stage the world (devices, public packages) directly. */
  ctx: Ctx;
}

export function openEngine(state: PlatformState): Engine {
  const ctx = createCtx(state);
  const listeners = new Set<() => void>();
  const notify = (): void => {
    for (const listener of [...listeners]) listener();
  };

  /** A command: refused for viewers; listeners hear about it when it was accepted. */
  const command =
    <A extends unknown[], T>(run: (...args: A) => Result<T>) =>
    (...args: A): Result<T> => {
      if (currentUser(ctx).role !== 'operator') return fail('forbidden', `${currentUser(ctx).name} is a viewer and cannot change the platform`);
      const result = run(...args);
      if (result.ok) notify();
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

    createPackage: command((req) => createPackage(ctx, req)),
    deletePackage: command((id) => deletePackage(ctx, id)),
    deploy: command((req) => {
      const checked = validateDeploy(ctx, req);
      if (!checked.ok) return checked;
      const d = createDeployment(ctx, req, checked.value);
      settle(ctx, d);
      return ok(d);
    }),
    update: command(withDeployment((d, req) => requestUpdate(ctxFor(ctx, d), d, req))),
    rollback: command(withDeployment((d, generation: number) => requestRollback(ctxFor(ctx, d), d, generation))),
    deprovision: command(withDeployment((d) => requestDeprovision(ctxFor(ctx, d), d))),
    createNetwork: command((req) => createNetwork(ctx, req)),
    deleteNetwork: command((id) => deleteNetwork(ctx, id)),
    createVolume: command((req) => createVolume(ctx, req)),
    deleteVolume: command((id) => deleteVolume(ctx, id)),
    createDevice: command((req) => createDevice(ctx, req)),
    deleteDevice: command((id) => deleteDevice(ctx, id)),
    createSecret: command((req) => createSecret(ctx, req)),
    deleteSecret: command((id) => deleteSecret(ctx, id)),
    reonboardDevice: command((id) => reonboardDevice(ctx, id)),
    downParts: () => downParts(ctx),
    injectFault: (fault) => {
      const result = injectFault(ctx, fault);
      if (result.ok) notify();
      return result;
    },
    // Like a fault, a push is the simulator's doing (a developer's), not an operator's command.
    pushBuild: (req) => {
      const result = pushBuild(ctx, req);
      if (result.ok) notify();
      return result;
    },
  };
  return { platform, ctx };
}
