import { describe, expect, it } from 'vitest';
import { deployField, networkField, packageField, volumeField } from './fields';

describe('engine field paths → wire field paths', () => {
  it('maps deploy request fields onto the v2 manifest', () => {
    expect(deployField('name')).toBe('metadata.name');
    expect(deployField('labels.team')).toBe('metadata.labels.team');
    expect(deployField('packageId')).toBe('metadata.depends.nameOrGUID');
    expect(deployField('components.nav.deviceId')).toBe('spec.components.nav.device.depends.nameOrGUID');
    expect(deployField('components.nav.restartPolicy')).toBe('spec.components.nav.restart');
    expect(deployField('components.nav.alias')).toBe('spec.components.nav.alias');
    expect(deployField('routedNetworkId')).toBe('spec.rosNetworks.0.depends.nameOrGUID');
    expect(deployField('dependencies.1')).toBe('spec.depends.1.nameOrGUID');
    expect(deployField('volumes.0.volumeId')).toBe('spec.volumes.0.depends.nameOrGUID');
    expect(deployField('volumes.0.mountPath')).toBe('spec.volumes.0.mountPath');
    expect(deployField('components.nav')).toBe('spec.components.nav');
    expect(deployField('dependencies')).toBe('spec.depends');
    expect(deployField('volumes.0')).toBe('spec.volumes.0');
    expect(deployField('somethingElse')).toBe('somethingElse');
    expect(deployField('components.nav.somethingElse')).toBe('components.nav.somethingElse');
  });

  it('maps package, network and volume fields', () => {
    expect(packageField('name')).toBe('metadata.name');
    expect(packageField('version')).toBe('metadata.version');
    expect(packageField('components.0.executables.1.image')).toBe('spec.components.0.executables.1.image');
    expect(packageField('components.0.restartPolicy')).toBe('spec.components.0.restart');
    expect(networkField('deviceId')).toBe('spec.depends.nameOrGUID');
    expect(networkField('rosDistro')).toBe('spec.rosDistro');
    expect(volumeField('capacityGiB')).toBe('spec.capacity');
  });
});
