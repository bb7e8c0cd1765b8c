import { describe, expect, it } from 'vitest';
import type { CloudBridgeStatus, DeploymentResource } from '../../../api';
import { deployment, executable } from '../test-support/deployment-fixture';
import { curesOf } from './error-cures';

function withBridge(code: string, bridge: Partial<CloudBridgeStatus>): DeploymentResource {
  const d = deployment({ status: 'Error', error_codes: [code as `DEP_E${number}`] });
  const [base] = d.status.cloudBridges;
  if (!base) throw new Error('fixture');
  d.status.cloudBridges = [{ ...base, routingStatus: 'error', error_code: code as `DEP_E${number}`, ...bridge }];
  return d;
}

describe('curesOf', () => {
  it('DEP_E151: the offline device on the Devices screen', () => {
    const d = deployment({ status: 'Error', error_codes: ['DEP_E151'] });
    const [nav] = d.status.components;
    if (!nav?.device) throw new Error('fixture');
    d.status.components = [{ ...nav, device: { ...nav.device, online: false } }];
    expect(curesOf(d, 'DEP_E151')).toEqual([
      { link: { label: 'Open warehouse-amr-01 on the Devices screen', to: '/devices?device=dev-amr-01' } },
      { link: { label: 'Bring warehouse-amr-01 online in the Simulator', to: '/simulator' } },
    ]);
  });

  it('DEP_E171: which alias clashes with which deployment, and the wizard of the package to deploy again', () => {
    const d = withBridge('DEP_E171', { conflict: { deployment: { guid: 'dep-a', name: 'nav-a' }, component: 'navigation', alias: 'warehouse-amr-01' } });
    expect(curesOf(d, 'DEP_E171')).toEqual([
      {
        text: 'navigation: alias "warehouse-amr-01" is already used by nav-a/navigation on cloud-routed-net.',
        link: { label: 'Deploy again with another alias', to: '/catalog/pkg-nav/deploy' },
        then: 'then deprovision this one, whose alias cannot change in place.',
      },
    ]);
  });

  it('DEP_E177: the other deployment offering the service, to deprovision it', () => {
    const d = withBridge('DEP_E177', { conflict: { deployment: { guid: 'dep-map-a', name: 'map-a' }, component: 'map', service: '/static_map' } });
    expect(curesOf(d, 'DEP_E177')).toEqual([
      {
        text: 'navigation: ROS service /static_map is also offered by map-a/map on cloud-routed-net.',
        link: { label: 'Open map-a to deprovision it', to: '/deployments/dep-map-a' },
      },
    ]);
  });

  it('DEP_E172 and DEP_E162 (platform images missing): Re-onboard the device', () => {
    expect(curesOf(withBridge('DEP_E172', {}), 'DEP_E172')).toEqual([{ link: { label: 'Re-onboard warehouse-amr-01', to: '/devices?device=dev-amr-01' } }]);
    const failed = deployment({ phase: 'FailedToStart', status: 'Error', error_codes: ['DEP_E162'] });
    failed.status.executables_status['navigation/localization'] = executable('navigation', 'localization', { status: 'error', error_code: 'DEP_E162', reason: 'PlatformImagesMissing' });
    expect(curesOf(failed, 'DEP_E162')[0]).toMatchObject({ link: { label: 'Re-onboard warehouse-amr-01' }, then: expect.stringContaining('deploy the package again') });
    const mismatch = deployment({ phase: 'FailedToStart', status: 'Error', error_codes: ['DEP_E162'] });
    mismatch.status.executables_status['navigation/localization'] = executable('navigation', 'localization', { status: 'error', error_code: 'DEP_E162', reason: 'RosDistroMismatch' });
    expect(curesOf(mismatch, 'DEP_E162')).toEqual([
      { link: { label: 'Deploy again on a matching device', to: '/catalog/pkg-nav/deploy' }, then: expect.stringContaining('built for the device') },
    ]);
  });

  it('internal errors: the part to restart on the Simulator screen', () => {
    expect(curesOf(withBridge('DEP_E303', {}), 'DEP_E303')).toEqual([
      { link: { label: 'Restart the cloud bridge executable of navigation on the Simulator screen', to: '/simulator' } },
    ]);
    const held = deployment({ status: 'Error', error_codes: ['DEP_E313'] });
    held.status.executables_status['navigation/localization'] = executable('navigation', 'localization', { status: 'error', error_code: 'DEP_E313', reason: 'RosMasterNotRunning' });
    expect(curesOf(held, 'DEP_E313')).toEqual([{ link: { label: 'Restart the ROS master of warehouse-amr-01 on the Simulator screen', to: '/simulator' } }]);
    expect(curesOf(held, 'DEP_E401')).toEqual([{ link: { label: 'Restore the control plane on the Simulator screen', to: '/simulator' } }]);
  });

  it('DEP_E152, E154, E155 and E163: a fixed build of each docker executable carrying the code, then an update', () => {
    for (const code of ['DEP_E152', 'DEP_E154', 'DEP_E155', 'DEP_E163'] as const) {
      const d = deployment({ status: 'Error', error_codes: [code] });
      d.status.executables_status['navigation/localization'] = executable('navigation', 'localization', { status: 'error', error_code: code });
      expect(curesOf(d, code)).toEqual([
        { link: { label: 'Push a fixed build of navigation/localization', to: '/catalog/pkg-nav' }, then: 'then update the deployment with it (Update Deployment).' },
      ]);
    }
  });

  it('DEP_E153 and E161: push the image again under its tag', () => {
    const d = deployment({ status: 'Error', error_codes: ['DEP_E161'] });
    d.status.executables_status['navigation/localization'] = executable('navigation', 'localization', { status: 'error', error_code: 'DEP_E161' });
    expect(curesOf(d, 'DEP_E161')).toEqual([
      { link: { label: 'Push the image of navigation/localization again', to: '/catalog/pkg-nav' }, then: 'under the same tag: the next pull retry takes it.' },
    ]);
  });

  it('has no build to push for a preinstalled executable, nor for a container stopped by hand or by a reboot', () => {
    const d = deployment({ status: 'Error', error_codes: ['DEP_E152'] });
    d.status.executables_status['navigation/localization'] = executable('navigation', 'localization', { type: 'preInstalled', status: 'error', error_code: 'DEP_E152' });
    d.status.executables_status['navigation/lidar-driver'] = executable('navigation', 'lidar-driver', { status: 'error', error_code: 'DEP_E152', reason: 'ContainerStopped' });
    expect(curesOf(d, 'DEP_E152')).toEqual([]);
  });
});
