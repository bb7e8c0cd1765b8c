import { describe, expect, it } from 'vitest';
import type { DeploymentResource } from '../../api';
import { toDeploymentView } from '../../api/deployments/deployment-view';
import { toDeploymentDocuments, toDeploymentTelemetry } from '../../mocks/wire/deployment';
import { createPlatform } from '../../platform';
import {
  canTakeFaults,
  componentTargets,
  deploymentFaultBody,
  faultAvailability,
  imageExecutables,
  partStops,
  type FaultValues,
} from './deployment-faults';

/** The deployment as the console reads it from the served documents and telemetry. */
const viewOf = (dep: Parameters<typeof toDeploymentTelemetry>[0], p: Parameters<typeof toDeploymentTelemetry>[1]) =>
  toDeploymentView(toDeploymentDocuments(dep, p) as [ReturnType<typeof toDeploymentDocuments>[number]], toDeploymentTelemetry(dep, p));

// Deployments of the default scenario as the API serves them.
const platform = createPlatform({ seed: 1, scenario: 'default' });
const byName = (name: string): DeploymentResource => {
  const found = platform.getState().deployments.find((d) => d.name === name);
  if (!found) throw new Error(`no deployment ${name}`);
  return viewOf(found, platform);
};

const values = (d: DeploymentResource, component: string, extra: Partial<FaultValues> = {}): FaultValues => ({
  deploymentId: d.metadata.guid,
  component,
  executable: '',
  ...extra,
});

describe('deployment faults', () => {
  it('describes each component: runtime, cloud bridge and device', () => {
    const [planner, agent] = componentTargets(byName('warehouse-hybrid-a'));
    expect(planner).toMatchObject({ name: 'planner', runtime: 'cloud', ros: true });
    expect(planner?.deviceName).toBeUndefined();
    expect(agent).toMatchObject({ name: 'robot-agent', runtime: 'device', ros: true, deviceName: 'agv-field-02', deviceOnline: true });
    expect(componentTargets(byName('telemetry'))[0]?.ros).toBe(false);
  });

  it('offers the ROS faults only on components with a cloud bridge', () => {
    const [collector] = componentTargets(byName('telemetry'));
    const [navigation] = componentTargets(byName('nav-amr-01'));
    if (!collector || !navigation) throw new Error('missing component');
    expect(faultAvailability('duplicate-alias', navigation)).toEqual({ available: true });
    const refused = faultAvailability('duplicate-ros-service', collector);
    expect(refused.available).toBe(false);
    expect(refused.reason).toMatch(/collector is not a ROS component/);
  });

  it('refuses to stop a platform part of a component whose device is offline', () => {
    const [navigation] = componentTargets(byName('nav-amr-03'));
    if (!navigation) throw new Error('missing component');
    expect(faultAvailability('stop-bridge', navigation)).toEqual({ available: false, reason: 'warehouse-amr-03 is offline.' });
  });

  it('has no image to remove from a preinstalled component', () => {
    const [teleop] = componentTargets(byName('teleop-lab-01'));
    if (!teleop) throw new Error('missing component');
    expect(imageExecutables(teleop)).toEqual([]);
    expect(faultAvailability('remove-image', teleop).available).toBe(false);
  });

  it('offers the platform parts each component has: bridge and replicas in the cloud, bridge and ROS master on a device', () => {
    const [planner, agent] = componentTargets(byName('warehouse-hybrid-a'));
    const [collector] = componentTargets(byName('telemetry'));
    if (!planner || !agent || !collector) throw new Error('missing component');
    expect(partStops(planner)).toEqual(['stop-bridge', 'stop-replicas']);
    expect(partStops(agent)).toEqual(['stop-bridge', 'stop-ros-master']);
    expect(partStops(collector)).toEqual(['stop-replicas']);
  });

  it('builds the request body of each fault', () => {
    const nav = byName('nav-amr-01');
    const id = nav.metadata.guid;
    expect(deploymentFaultBody('duplicate-alias', values(nav, 'navigation'), nav)).toEqual({ kind: 'duplicate-alias', deploymentId: id, component: 'navigation' });
    expect(deploymentFaultBody('stop-bridge', values(nav, 'navigation'), nav)).toEqual({ kind: 'part-failure', part: 'cloud-bridge', deploymentId: id, component: 'navigation' });
    expect(deploymentFaultBody('stop-replicas', values(nav, 'navigation', { recoverAfterSeconds: 90 }), nav)).toMatchObject({ part: 'replicas', recoverAfterSeconds: 90 });
    expect(deploymentFaultBody('stop-ros-master', values(nav, 'navigation'), nav)).toEqual({ kind: 'part-failure', part: 'ros-master', deviceId: nav.status.components[0]?.device?.guid });
    expect(deploymentFaultBody('remove-image', values(nav, 'navigation', { executable: 'lidar-driver' }), nav)).toEqual({
      kind: 'remove-image',
      packageId: nav.metadata.depends.nameOrGUID,
      component: 'navigation',
      executable: 'lidar-driver',
      tag: '1.6.2',
    });
  });

  it('takes no faults on a stopped deployment', () => {
    expect(canTakeFaults(byName('telemetry-staging'))).toBe(false);
    expect(canTakeFaults(byName('telemetry'))).toBe(true);
  });
});
