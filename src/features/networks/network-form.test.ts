import { describe, expect, it } from 'vitest';
import { NETWORK_FORM_DEFAULTS, networkFormSchema, toCreateNetworkBody, type NetworkFormValues } from './network-form';
import { wireDevice } from './test-world';

const gateway = wireDevice('edge-gateway-01', { spec: { networkInterfaces: ['eth0', 'eth1'] } });
const offline = wireDevice('agv-field-01', { status: { status: 'OFFLINE' } });
const schema = networkFormSchema([gateway, offline]);

const issues = (values: Partial<NetworkFormValues>) => {
  const result = schema.safeParse({ ...NETWORK_FORM_DEFAULTS, ...values });
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('networkFormSchema', () => {
  it('asks for a name and a ROS distro, with the naming rule', () => {
    expect(issues({})).toEqual({ name: 'Enter a name.', rosDistro: 'Choose a ROS distro.' });
    expect(issues({ name: 'Lab_Net', rosDistro: 'noetic' })).toEqual({
      name: 'A name is 1 to 63 characters: lower-case letters, digits and hyphens, starting with a letter.',
    });
    expect(issues({ name: 'lab-net', rosDistro: 'noetic' })).toEqual({});
  });

  it('needs a device that can host the network and one of its interfaces', () => {
    const device = { name: 'lan-net', rosDistro: 'foxy', runtime: 'device' as const };
    expect(issues(device)).toEqual({ deviceId: 'Select the device that hosts the network.' });
    expect(issues({ ...device, deviceId: offline.metadata.guid, networkInterface: 'eth0' })).toEqual({
      deviceId: 'agv-field-01 is offline',
    });
    expect(issues({ ...device, deviceId: gateway.metadata.guid, networkInterface: 'wlan0' })).toEqual({
      networkInterface: 'Select the network interface the network binds to.',
    });
    expect(issues({ ...device, deviceId: gateway.metadata.guid, networkInterface: 'eth1' })).toEqual({});
  });
});

describe('toCreateNetworkBody', () => {
  it('sends a cloud network without device fields', () => {
    expect(toCreateNetworkBody({ name: 'c', runtime: 'cloud', rosDistro: 'noetic', deviceId: 'x', networkInterface: 'eth0' })).toEqual({
      metadata: { name: 'c' },
      spec: { type: 'routed', runtime: 'cloud', rosDistro: 'noetic' },
    });
  });

  it('sends a device network with its device and interface', () => {
    expect(toCreateNetworkBody({ name: 'd', runtime: 'device', rosDistro: 'foxy', deviceId: 'guid-1', networkInterface: 'eth1' })).toEqual({
      metadata: { name: 'd' },
      spec: { type: 'routed', runtime: 'device', rosDistro: 'foxy', depends: { kind: 'device', nameOrGUID: 'guid-1' }, networkInterface: 'eth1' },
    });
  });
});
