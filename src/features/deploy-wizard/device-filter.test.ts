import { describe, expect, it } from 'vitest';
import { deviceChoices } from './device-eligibility';
import { deviceFilterSummary, filterDeviceChoices } from './device-filter';
import { component, device } from './test-world';

const docker = { name: 'main', type: 'docker' as const, command: 'run', builds: [] };
const nav = component({ name: 'nav', executables: [docker] });
const choices = deviceChoices(nav, [
  device('warehouse-amr-01'),
  device('warehouse-amr-02', { architecture: 'arm64v8' }),
  device('lab-turtlebot-01', { runtimes: ['preinstalled'] }),
  device('rpi-sensor-01', { architecture: 'arm32v7' }),
]);
const names = (text: string, chosen?: string) => filterDeviceChoices(choices, text, chosen).shown.map((c) => c.name);

describe('filterDeviceChoices', () => {
  it('keeps every device, in order, while no text is typed', () => {
    expect(names('')).toEqual(choices.map((c) => c.name));
    expect(filterDeviceChoices(choices, '  ').matching).toBe(4);
  });

  it('matches the name, the architecture or the runtime, ignoring case', () => {
    expect(names('AMR')).toEqual(['warehouse-amr-01', 'warehouse-amr-02']);
    expect(names('warehouse-amr-01 · amd64')).toEqual(['warehouse-amr-01']);
    expect(names('arm32')).toEqual(['rpi-sensor-01']);
    expect(names('preinstalled')).toEqual(['lab-turtlebot-01']);
    expect(names(' Docker ')).toHaveLength(3);
  });

  it('does not match the reasons a device is unavailable', () => {
    expect(names('wrong')).toEqual([]);
    expect(names('unavailable')).toEqual([]);
  });

  it('keeps the chosen device listed though the text no longer matches it, without counting it', () => {
    const chosen = choices.find((c) => c.name === 'rpi-sensor-01')!.id;
    const filtered = filterDeviceChoices(choices, 'amr', chosen);
    // Listed where it always is: the devices that can run the component first, then the others, each by name.
    expect(filtered.shown.map((c) => c.name)).toEqual(['warehouse-amr-01', 'rpi-sensor-01', 'warehouse-amr-02']);
    expect(filtered.matching).toBe(2);
  });
});

describe('deviceFilterSummary', () => {
  it('counts the matches against the whole list', () => {
    expect(deviceFilterSummary('amr', 12, 2000)).toBe('12 of 2,000 devices match');
    expect(deviceFilterSummary('amr', 1, 2000)).toBe('1 of 2,000 devices matches');
    expect(deviceFilterSummary('amr', 0, 1)).toBe('0 of 1 device match');
  });

  it('says nothing while no text narrows the list', () => {
    expect(deviceFilterSummary(' ', 14, 14)).toBe('');
  });
});
