import { describe, expect, it } from 'vitest';
import { summaryText, toDeploymentRow } from './deployment-row';
import { testDeployment } from './test-deployments';

describe('deployment row', () => {
  it('shows the package with its version, the devices and the labels sorted by key', () => {
    const row = toDeploymentRow(testDeployment({ labels: { site: 'osaka-dc1', app: 'navigation' } }));
    expect(row).toMatchObject({
      id: 'dep-aaaaaaaaaaaaaaaaaaaa',
      name: 'nav-amr-01',
      packageName: 'nav-stack',
      packageVersion: 'v2.3.0',
      phase: 'Succeeded',
      status: 'Running',
      errors: [],
      devices: [{ name: 'robot-navigation', online: true }],
      inCloud: false,
      labels: ['app=navigation', 'site=osaka-dc1'],
      createdAt: '2026-11-26T07:20:00.000Z',
      moving: false,
    });
  });

  it('describes each error code with the guide’s words while the status is Error', () => {
    const row = toDeploymentRow(testDeployment({ status: 'Error', errorCodes: ['DEP_E151', 'DEP_E302'] }));
    expect(row.errors).toEqual([
      { code: 'DEP_E151', description: 'device is either offline or not reachable' },
      { code: 'DEP_E302', description: 'internal rapyuta.io error in the components deployed on a device' },
    ]);
    expect(toDeploymentRow(testDeployment({ status: 'Running', errorCodes: ['DEP_E151'] })).errors).toEqual([]);
  });

  it('tells cloud from device components and containers from preinstalled executables', () => {
    const row = toDeploymentRow(testDeployment({ components: { planner: 'cloud/docker', teleop: 'device/preInstalled' }, deviceOnline: false }));
    expect(row.inCloud).toBe(true);
    expect(row.devices).toEqual([{ name: 'robot-teleop', online: false }]);
    expect(row.updatableComponents).toEqual(['planner']);
    expect(row.preinstalledComponents).toEqual(['teleop']);
  });

  it('counts a deployment as moving while it provisions or deprovisions', () => {
    expect(toDeploymentRow(testDeployment({ phase: 'Provisioning', status: 'Pending' })).moving).toBe(true);
    const leaving = toDeploymentRow(testDeployment({ deprovisioning: true }));
    expect(leaving).toMatchObject({ moving: true, deprovisioning: true });
  });
});

describe('list summary', () => {
  it('says how many deployments and how many are moving', () => {
    expect(summaryText(24, 3)).toBe('24 deployments, 3 moving');
    expect(summaryText(1, 0)).toBe('1 deployment, 0 moving');
    expect(summaryText(10_000, 1_250)).toBe('10,000 deployments, 1,250 moving');
  });
});
