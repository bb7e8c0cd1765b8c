import { describe, expect, it } from 'vitest';
import { DEPLOYMENT_NAME, EXECUTABLE_NAME, isMountPath, LABEL_KEY, LABEL_VALUE, PACKAGE_VERSION, RESOURCE_NAME, ROS_ALIAS, VOLUME_NAME } from './names';

const cases = (pattern: RegExp, valid: readonly string[], invalid: readonly string[]) => {
  for (const value of valid) expect(pattern.test(value), JSON.stringify(value)).toBe(true);
  for (const value of invalid) expect(pattern.test(value), JSON.stringify(value)).toBe(false);
};

describe('naming rules', () => {
  it('deployment names: 3 to 64 characters, starting with a letter, not ending with a space', () => {
    cases(DEPLOYMENT_NAME, ['nav', 'nav-amr-01', 'Fleet manager_2', 'a'.repeat(64)], ['', 'ab', '1nav', '-nav', 'nav ', 'nav/1', 'a'.repeat(65), 'naïve']);
  });

  it('resource names (packages, components, executables, networks) are lower case', () => {
    cases(RESOURCE_NAME, ['nav-stack', 'exec-preinstalled', 'a', 'a'.repeat(63)], ['exec-preInstalled', 'Nav', '1nav', '-nav', 'nav_stack', 'a'.repeat(64), '']);
  });

  it('package versions are three numbers, v optional', () => {
    cases(PACKAGE_VERSION, ['v1.0.0', 'v1.2.3-rc.1', '1.0.0', '2.10.3-beta'], ['v1.2', 'v1.2.3.4', 'v1.2.3-', 'vv1.0.0', 'latest']);
  });

  it("executable names take the platform's mixed case", () => {
    cases(EXECUTABLE_NAME, ['exec-preInstalled', 'exec_docker', 'a', 'A'.repeat(63)], ['1exec', '-x', 'has space', 'a'.repeat(64), '']);
  });

  it('label keys and values', () => {
    cases(LABEL_KEY, ['team', 'app.kubernetes.io', '0-x_y.z', 'k'.repeat(63)], ['', '_x', '-x', 'k'.repeat(64), 'has space']);
    cases(LABEL_VALUE, ['nav', 'with spaces', 'v'.repeat(63)], ['', 'v'.repeat(64), 'two\nlines']);
  });

  it('volume names', () => {
    cases(VOLUME_NAME, ['my_disk-1', 'ABC', 'x'.repeat(75)], ['ab', 'has space', 'x'.repeat(76)]);
  });

  it('ROS aliases', () => {
    cases(ROS_ALIAS, ['warehouse-amr-01', 'map', 'A_1'], ['', 'has space', '1amr', 'a'.repeat(64)]);
  });

  it.each([
    ['/data', true],
    ['/data/sub/', true],
    ['data', false],
    ['/', false],
    ['/a/../b', false],
    ['/a//b', false],
    ['/a/./b', false],
    [`/${'a'.repeat(4095)}`, true],
    [`/${'a'.repeat(4096)}`, false],
  ])('mount path %s is valid: %s', (path, valid) => expect(isMountPath(path)).toBe(valid));
});
