import { describe, expect, it } from 'vitest';
import { validateDeploymentName, validateLabel, validateMountPath, validatePackageVersion, validateVolumeName } from './names';

describe('naming rules', () => {
  it.each(['nav', 'nav-amr-01', 'Fleet manager_2', 'a'.repeat(64)])('deployment name %s is valid', (name) => expect(validateDeploymentName(name)).toBeUndefined());
  it.each(['', 'ab', '1nav', '-nav', 'nav ', 'nav/1', 'a'.repeat(65), 'naïve'])('deployment name "%s" is invalid', (name) => expect(validateDeploymentName(name)).toBeDefined());
  it('labels', () => {
    expect(validateLabel('app.kubernetes.io', 'nav')).toBeUndefined();
    expect(validateLabel('_x', 'v')?.part).toBe('key');
    expect(validateLabel('k'.repeat(64), 'v')?.part).toBe('key');
    expect(validateLabel('k', 'v'.repeat(64))?.part).toBe('value');
    expect(validateLabel('k', 'two\nlines')?.part).toBe('value');
  });
  it('volume names', () => {
    expect(validateVolumeName('my_disk-1')).toBeUndefined();
    expect(validateVolumeName('ab')).toBeDefined();
    expect(validateVolumeName('has space')).toBeDefined();
    expect(validateVolumeName('x'.repeat(76))).toBeDefined();
  });
  it.each([['/data', true], ['/data/sub/', true], ['data', false], ['/', false], ['/a/../b', false], ['/a//b', false], ['/a/./b', false]])('mount path %s valid: %s', (path, valid) =>
    expect(validateMountPath(path) === undefined).toBe(valid),
  );
  it('package versions', () => {
    expect(validatePackageVersion('v1.2.3')).toBeUndefined();
    expect(validatePackageVersion('v1.2.3-rc.1')).toBeUndefined();
    expect(validatePackageVersion('1.2.3')).toBeUndefined();
    expect(validatePackageVersion('latest')).toBeDefined();
    expect(validatePackageVersion('v1.2')).toBeDefined();
  });
});
