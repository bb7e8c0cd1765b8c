// Wire devices for unit and component tests: valid by the contract, with only what a test cares about spelled out.
import type { DeviceResource } from '../../api';

export interface DeviceOverrides {
  name: string;
  guid?: string;
  labels?: Record<string, string>;
  spec?: Partial<DeviceResource['spec']>;
  status?: Partial<DeviceResource['status']>;
}

export function wireDevice({ name, guid = `guid-${name}`, labels = {}, spec = {}, status = {} }: DeviceOverrides): DeviceResource {
  return {
    apiVersion: 'api.rapyuta.io/v2',
    kind: 'Device',
    metadata: { name, guid, labels },
    spec: { architecture: 'amd64', runtimes: ['docker'], rosDistro: 'noetic', pythonVersion: '3', networkInterfaces: ['eth0', 'wlan0'], ...spec },
    status: {
      status: 'ONLINE',
      lastSeenAt: '2026-11-26T07:00:00.000Z',
      bootedAt: '2026-11-01T07:00:00.000Z',
      pathCommands: ['bash', 'sh'],
      platformImages: true,
      bridgeLibraries: { compression: true, transport: true, actionlib: true },
      deployments: [],
      ...status,
    },
  };
}
