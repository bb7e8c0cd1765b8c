// Wire resources for unit and component tests: valid by the contract, with only what a test cares about spelled out.
import type { DeviceResource, NetworkResource } from '../../api';

export function wireDevice(
  name: string,
  { spec = {}, status = {} }: { spec?: Partial<DeviceResource['spec']>; status?: Partial<DeviceResource['status']> } = {},
): DeviceResource {
  return {
    apiVersion: 'api.rapyuta.io/v2',
    kind: 'Device',
    metadata: { name, guid: `guid-${name}`, labels: {} },
    spec: { architecture: 'amd64', runtimes: ['docker'], rosDistro: 'noetic', pythonVersion: '3', networkInterfaces: ['eth0', 'wlan0'], ...spec },
    status: {
      status: 'ONLINE',
      lastSeenAt: '2026-11-26T07:00:00.000Z',
      bootedAt: '2026-11-01T07:00:00.000Z',
      pathCommands: [],
      platformImages: true,
      bridgeLibraries: { compression: true, transport: true, actionlib: true },
      deployments: [],
      ...status,
    },
  };
}

export function wireNetwork(name: string, status: Partial<NetworkResource['status']> = {}): NetworkResource {
  return {
    apiVersion: 'api.rapyuta.io/v2',
    kind: 'Network',
    metadata: { name, guid: `net-${name}`, labels: {}, createdAt: '2026-11-26T07:00:00.000Z' },
    spec: { type: 'routed', runtime: 'cloud', rosDistro: 'noetic' },
    status: { phase: 'Succeeded', status: 'Running', errorCodes: [], usedBy: [], ...status },
  };
}
