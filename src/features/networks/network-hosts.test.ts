import { describe, expect, it } from 'vitest';
import { hostEligibility, hostOptions, hostOptionText } from './network-hosts';
import { wireDevice } from './test-world';

const gateway = wireDevice('edge-gateway-01');
const offline = wireDevice('agv-field-01', { status: { status: 'OFFLINE' } });
const rebooting = wireDevice('warehouse-amr-02', { status: { status: 'OFFLINE', rebootingUntil: '2026-11-26T08:01:00.000Z' } });
const preinstalled = wireDevice('lab-turtlebot-01', { spec: { runtimes: ['preinstalled'] } });
const arm = wireDevice('picker-arm-01', { spec: { architecture: 'arm64v8' } });

describe('hostEligibility', () => {
  it('accepts an online amd64 device with docker', () => {
    expect(hostEligibility(gateway)).toEqual({ eligible: true });
    expect(hostEligibility(wireDevice('lab-turtlebot-02', { spec: { runtimes: ['docker', 'preinstalled'] } }))).toEqual({ eligible: true });
  });

  it('says why any other device cannot host a network', () => {
    expect(hostEligibility(offline)).toEqual({ eligible: false, reason: 'offline', message: 'agv-field-01 is offline' });
    expect(hostEligibility(rebooting)).toEqual({ eligible: false, reason: 'rebooting', message: 'warehouse-amr-02 is rebooting' });
    expect(hostEligibility(preinstalled)).toEqual({
      eligible: false,
      reason: 'no docker runtime',
      message: 'lab-turtlebot-01 has no docker runtime',
    });
    expect(hostEligibility(arm)).toEqual({
      eligible: false,
      reason: 'arm64v8, needs amd64',
      message: 'a device network needs an amd64 device; picker-arm-01 is arm64v8',
    });
  });
});

describe('hostOptions', () => {
  it('lists the devices that can host first, then the rest, each by name', () => {
    const options = hostOptions([offline, arm, gateway, preinstalled]);
    expect(options.map((o) => o.device.metadata.name)).toEqual(['edge-gateway-01', 'agv-field-01', 'lab-turtlebot-01', 'picker-arm-01']);
  });

  it('shows what the device is, and the reason when it cannot be chosen', () => {
    const [first, second] = hostOptions([gateway, offline]);
    expect(hostOptionText(first!)).toBe('edge-gateway-01 · amd64 · docker');
    expect(hostOptionText(second!)).toBe('agv-field-01 · amd64 · docker (offline)');
  });
});
