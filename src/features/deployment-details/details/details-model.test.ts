import { describe, expect, it } from 'vitest';
import { deployment } from '../test-support/deployment-fixture';
import { dependencyRows, knownDiskStatus, knownStatus, networkRows, restartPolicyRows, volumeRows } from './details-model';

describe('restartPolicyRows', () => {
  it('lists the policy of each device component, not of cloud components', () => {
    const d = deployment();
    d.status.components.push({ name: 'planner', runtime: 'cloud', deprovisioned: false, restartCount: 0 });
    expect(restartPolicyRows(d, new Map())).toEqual([{ component: 'navigation', device: 'warehouse-amr-01', policy: 'always' }]);
  });

  it('adds the shared ROS master’s policy when another deployment set a different one (exception 2)', () => {
    const d = deployment();
    const [nav] = d.status.components;
    if (!nav) throw new Error('fixture');
    nav.restart = 'never';
    const masters = new Map([['dev-amr-01', { ownerDeployment: 'dep-first', restart: 'always' as const, running: true }]]);
    expect(restartPolicyRows(d, masters)[0]?.rosMaster).toEqual({ policy: 'always', ownerDeployment: 'dep-first' });
  });

  it('leaves the ROS master out when it agrees, when this deployment owns it, or for a non-ROS component', () => {
    const d = deployment();
    const same = new Map([['dev-amr-01', { ownerDeployment: 'dep-first', restart: 'always' as const, running: true }]]);
    expect(restartPolicyRows(d, same)[0]?.rosMaster).toBeUndefined();
    const own = new Map([['dev-amr-01', { ownerDeployment: 'dep-nav01', restart: 'never' as const, running: true }]]);
    expect(restartPolicyRows(d, own)[0]?.rosMaster).toBeUndefined();
    const other = new Map([['dev-amr-01', { ownerDeployment: 'dep-first', restart: 'never' as const, running: true }]]);
    expect(restartPolicyRows(deployment({ cloudBridges: [] }), other)[0]?.rosMaster).toBeUndefined();
  });
});

describe('dependencyRows', () => {
  it('flags every dependency that is not Running', () => {
    const d = deployment({
      dependencies: {
        deployments: [
          { name: 'fleet-manager-prod', guid: 'dep-fleet', phase: 'Succeeded', status: 'Running', error_codes: [] },
          { name: 'map-server-prod', guid: 'dep-map', phase: 'Succeeded', status: 'Error', error_codes: ['DEP_E155'] },
          { name: 'gone', guid: 'dep-gone', status: 'Unknown', error_codes: [] },
        ],
        networks: [],
        disks: [],
      },
    });
    expect(dependencyRows(d).map((r) => [r.name, r.healthy])).toEqual([
      ['fleet-manager-prod', true],
      ['map-server-prod', false],
      ['gone', false],
    ]);
    expect(dependencyRows(d)[2]?.phase).toBeUndefined();
  });
});

describe('volumeRows', () => {
  it('joins each mount with its disk’s name and phase', () => {
    const d = deployment({ dependencies: { deployments: [], networks: [], disks: [{ name: 'telemetry-data', guid: 'disk-1', status: 'Bound', error_codes: [] }] } });
    d.spec.volumes = [
      { component: 'collector', mountPath: '/var/lib/telemetry', depends: { kind: 'disk', nameOrGUID: 'disk-1' } },
      { component: 'collector', mountPath: '/scratch', depends: { kind: 'disk', nameOrGUID: 'disk-2' } },
    ];
    expect(volumeRows(d)).toEqual([
      { name: 'telemetry-data', guid: 'disk-1', component: 'collector', mountPath: '/var/lib/telemetry', phase: 'Bound' },
      { name: 'disk-2', guid: 'disk-2', component: 'collector', mountPath: '/scratch', phase: 'Unknown' },
    ]);
  });
});

describe('networkRows', () => {
  it('reads routing as running, running with warnings, or error', () => {
    const d = deployment();
    const bridge = d.status.cloudBridges[0];
    if (!bridge) throw new Error('fixture');
    d.status.cloudBridges = [
      bridge,
      { ...bridge, name: 'warned', warningCount: 12 },
      { ...bridge, name: 'broken', routingStatus: 'error', warningCount: 3, error_code: 'DEP_E171' },
    ];
    expect(networkRows(d).map((r) => [r.name, r.routing, r.network])).toEqual([
      ['nav-amr-01-navigation-cb', 'running', 'cloud-routed-net'],
      ['warned', 'running with warnings', 'cloud-routed-net'],
      ['broken', 'error', 'cloud-routed-net'],
    ]);
    expect(networkRows(d)[2]?.errorCode).toBe('DEP_E171');
  });
});

describe('knownStatus', () => {
  it('recognises the deployment status words only', () => {
    expect(knownStatus('Running')).toBe('Running');
    expect(knownStatus('Bound')).toBeUndefined();
  });

  it('recognises disk phases', () => {
    expect(knownDiskStatus('Bound')).toBe('Bound');
    expect(knownDiskStatus('Unknown')).toBeUndefined();
  });
});
