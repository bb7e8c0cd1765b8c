import { describe, expect, it } from 'vitest';
import { deployment, executable } from '../test-support/deployment-fixture';
import { errorEntries } from './error-entries';

describe('errorEntries', () => {
  it('gives each code the guide’s description and action, with the executables that carry it', () => {
    const d = deployment({ status: 'Error', error_codes: ['DEP_E163'] });
    d.status.executables_status['navigation/localization'] = executable('navigation', 'localization', {
      status: 'error',
      stage: 'backoff',
      reason: 'CrashLoopBackOff',
      error_code: 'DEP_E163',
    });
    const [entry] = errorEntries(d);
    expect(entry).toMatchObject({
      code: 'DEP_E163',
      description: 'application has stopped and exited unexpectedly, and crashes continuously',
      action: 'debug the application using the corresponding deployment logs',
      logs: [{ label: 'navigation/localization', component: 'navigation', source: 'localization' }],
      dependencies: [],
      devices: [],
    });
  });

  it('names the offline device for DEP_E151', () => {
    const base = deployment();
    const [nav] = base.status.components;
    if (!nav?.device) throw new Error('fixture');
    const d = deployment({
      status: 'Error',
      error_codes: ['DEP_E151'],
      components: [{ ...nav, device: { ...nav.device, online: false } }],
      executables_status: {
        'navigation/localization': executable('navigation', 'localization', { status: 'unknown', reason: 'DeviceOffline', error_code: 'DEP_E151' }),
      },
    });
    const [entry] = errorEntries(d);
    expect(entry?.action).toBe('check the internet connection of the device');
    expect(entry?.devices).toEqual(['warehouse-amr-01']);
    expect(entry?.logs.map((l) => l.label)).toEqual(['navigation/localization']);
  });

  it('points a cloud bridge code at the bridge’s logs', () => {
    const d = deployment({ status: 'Error', error_codes: ['DEP_E171'] });
    const bridge = d.status.cloudBridges[0];
    if (!bridge) throw new Error('fixture');
    d.status.cloudBridges = [{ ...bridge, routingStatus: 'error', error_code: 'DEP_E171' }];
    const [entry] = errorEntries(d);
    expect(entry?.logs).toEqual([{ label: 'nav-amr-01-navigation-cb', component: 'navigation', source: 'nav-amr-01-navigation-cb' }]);
    expect(entry?.moreInfo?.href).toContain('ros-environment-aliases');
  });

  it('lists the dependency in error for DEP_E156', () => {
    const d = deployment({
      status: 'Error',
      error_codes: ['DEP_E156'],
      dependencies: {
        deployments: [
          { name: 'fleet-manager-prod', guid: 'dep-fleet', phase: 'Succeeded', status: 'Error', error_codes: ['DEP_E155'] },
          { name: 'map-server-prod', guid: 'dep-map', phase: 'Succeeded', status: 'Running', error_codes: [] },
        ],
        networks: [],
        disks: [],
      },
    });
    expect(errorEntries(d)[0]?.dependencies).toEqual([{ name: 'fleet-manager-prod', guid: 'dep-fleet' }]);
  });

  it('describes internal codes by their family', () => {
    const [entry] = errorEntries(deployment({ status: 'Error', error_codes: ['DEP_E316'] }));
    expect(entry).toMatchObject({ match: 'prefix', description: 'internal rapyuta.io error in the components deployed on a device', detail: 'Device image pull failed' });
  });
});
