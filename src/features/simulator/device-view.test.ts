import { describe, expect, it } from 'vitest';
import type { DeviceResource } from '../../api';
import { deviceActions, deviceMenuFaults, deviceState, deviceStateLabel, filterDevices, missingSoftware } from './device-view';

function device(name: string, status: Partial<DeviceResource['status']> = {}): DeviceResource {
  return {
    apiVersion: 'api.rapyuta.io/v2',
    kind: 'Device',
    metadata: { name, guid: `guid-${name}`, labels: {} },
    spec: { architecture: 'amd64', runtimes: ['docker'], rosDistro: 'noetic', pythonVersion: '3', networkInterfaces: ['eth0'] },
    status: {
      status: 'ONLINE',
      lastSeenAt: '2026-11-26T08:00:00.000Z',
      bootedAt: '2026-11-25T08:00:00.000Z',
      pathCommands: ['docker', 'roslaunch'],
      platformImages: true,
      bridgeLibraries: { compression: true, transport: true, actionlib: true },
      deployments: [{ guid: 'dep-1', name: 'nav-amr-01' }],
      ...status,
    },
  };
}

describe('device view', () => {
  it('reads online, offline and rebooting', () => {
    expect(deviceState(device('a'))).toBe('online');
    expect(deviceState(device('a', { status: 'OFFLINE' }))).toBe('offline');
    const rebooting = device('a', { status: 'OFFLINE', rebootingUntil: '2026-11-26T08:00:45.000Z' });
    expect(deviceState(rebooting)).toBe('rebooting');
    expect(deviceStateLabel(deviceState(rebooting))).toBe('Rebooting');
  });

  it('offers Take offline and Reboot on an online device', () => {
    const actions = deviceActions(device('a'));
    expect(actions.toggle).toEqual({ label: 'Take offline', fault: { kind: 'device-offline', deviceId: 'guid-a' }, enabled: true });
    expect(actions.reboot.enabled).toBe(true);
  });

  it('offers Bring online on an offline device, and nothing while it reboots', () => {
    const offline = deviceActions(device('a', { status: 'OFFLINE' }));
    expect(offline.toggle).toMatchObject({ label: 'Bring online', enabled: true, fault: { kind: 'device-online' } });
    expect(offline.reboot.enabled).toBe(false);
    const rebooting = deviceActions(device('a', { status: 'OFFLINE', rebootingUntil: '2026-11-26T08:00:45.000Z' }));
    expect(rebooting.toggle.enabled).toBe(false);
    expect(rebooting.reboot.enabled).toBe(false);
    expect(rebooting.note).toMatch(/by itself/);
  });

  it('lists missing software and marks those faults as done', () => {
    const d = device('a', { platformImages: false, bridgeLibraries: { compression: false, transport: true, actionlib: true } });
    expect(missingSoftware(d)).toEqual(['compression library', 'platform images']);
    const { software, path } = deviceMenuFaults(d);
    expect(software.map((f) => [f.label, f.done])).toEqual([
      ['Remove compression library', true],
      ['Remove transport library', false],
      ['Remove actionlib library', false],
      ['Remove platform images', true],
    ]);
    expect(path.map((f) => f.fault)).toEqual([
      { kind: 'remove-from-path', deviceId: 'guid-a', command: 'docker' },
      { kind: 'remove-from-path', deviceId: 'guid-a', command: 'roslaunch' },
    ]);
  });

  it('filters by name, status, architecture, runtime and deployment', () => {
    const devices = [device('amr-01'), device('rpi-02', { status: 'OFFLINE' })];
    expect(filterDevices(devices, '').map((d) => d.metadata.name)).toEqual(['amr-01', 'rpi-02']);
    expect(filterDevices(devices, 'RPI').map((d) => d.metadata.name)).toEqual(['rpi-02']);
    expect(filterDevices(devices, 'offline').map((d) => d.metadata.name)).toEqual(['rpi-02']);
    expect(filterDevices(devices, 'docker')).toHaveLength(2);
    expect(filterDevices(devices, 'nav-amr')).toHaveLength(2);
    expect(filterDevices(devices, 'arm64')).toHaveLength(0);
  });
});
