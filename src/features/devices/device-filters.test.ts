import { describe, expect, it } from 'vitest';
import { filterDevices, hasDeviceFilters, readDeviceFilters, writeDeviceFilters } from './device-filters';
import { deviceState } from './device-state';
import { wireDevice } from './test-devices';

const amr = wireDevice({ name: 'warehouse-amr-01', labels: { site: 'osaka-dc1', role: 'amr' } });
const rpi = wireDevice({
  name: 'rpi-sensor-02',
  labels: { site: 'kobe-plant' },
  spec: { architecture: 'arm32v7' },
  status: { status: 'OFFLINE' },
});
const bot = wireDevice({
  name: 'lab-turtlebot-01',
  spec: { runtimes: ['preinstalled'] },
  status: { status: 'OFFLINE', rebootingUntil: '2026-11-26T08:01:00.000Z' },
});
const fleet = [amr, rpi, bot];
const names = (list: { metadata: { name: string } }[]) => list.map((d) => d.metadata.name);

describe('deviceState', () => {
  it('tells a rebooting device from one that is simply offline', () => {
    expect(fleet.map(deviceState)).toEqual(['online', 'offline', 'rebooting']);
  });
});

describe('filterDevices', () => {
  it('searches names and labels, ignoring case', () => {
    expect(names(filterDevices(fleet, { search: 'AMR' }))).toEqual(['warehouse-amr-01']);
    expect(names(filterDevices(fleet, { search: 'kobe' }))).toEqual(['rpi-sensor-02']);
    expect(names(filterDevices(fleet, { search: 'site=osaka-dc1' }))).toEqual(['warehouse-amr-01']);
    expect(names(filterDevices(fleet, { search: '  ' }))).toEqual(names(fleet));
  });

  it('filters by status, architecture and runtime together', () => {
    expect(names(filterDevices(fleet, { search: '', status: 'offline' }))).toEqual(['rpi-sensor-02']);
    expect(names(filterDevices(fleet, { search: '', status: 'rebooting' }))).toEqual(['lab-turtlebot-01']);
    expect(names(filterDevices(fleet, { search: '', architecture: 'amd64' }))).toEqual(['warehouse-amr-01', 'lab-turtlebot-01']);
    expect(names(filterDevices(fleet, { search: '', architecture: 'amd64', runtime: 'docker' }))).toEqual(['warehouse-amr-01']);
  });
});

describe('filters in the URL', () => {
  it('reads known values and ignores unknown ones', () => {
    expect(readDeviceFilters(new URLSearchParams('q=amr&status=offline&arch=arm64v8&runtime=docker'))).toEqual({
      search: 'amr',
      status: 'offline',
      architecture: 'arm64v8',
      runtime: 'docker',
    });
    expect(readDeviceFilters(new URLSearchParams('status=sleeping&arch=x86'))).toEqual({ search: '' });
  });

  it('writes filters back, dropping empty ones and keeping other parameters', () => {
    const next = writeDeviceFilters(new URLSearchParams('device=abc&status=online'), { search: 'gw', architecture: 'amd64' });
    expect(next.toString()).toBe('device=abc&q=gw&arch=amd64');
  });

  it('knows when any filter is set', () => {
    expect(hasDeviceFilters({ search: ' ' })).toBe(false);
    expect(hasDeviceFilters({ search: '', runtime: 'preinstalled' })).toBe(true);
  });
});
