// Naming rules, each with a description the UI can show next to the field. Validators return the problem, or
// undefined when the value is fine.

export const deploymentNameRules =
  'A name is 3 to 64 characters: letters, digits, spaces, hyphens (-) and underscores (_). It starts with a letter and does not end with a space.';
const DEPLOYMENT_NAME = /^[A-Za-z][A-Za-z0-9 _-]{1,62}[A-Za-z0-9_-]$/;

export function validateDeploymentName(name: unknown): string | undefined {
  if (typeof name !== 'string' || name.length === 0) return 'Enter a name.';
  return DEPLOYMENT_NAME.test(name) ? undefined : deploymentNameRules;
}

export const labelRules =
  'A label key is 1 to 63 characters: letters, digits, hyphens (-), underscores (_) and dots (.), starting with a letter or digit. A value is 1 to 63 characters on one line.';
const LABEL_KEY = /^[a-zA-Z0-9][-_.a-zA-Z0-9]{0,62}$/;
const LABEL_VALUE = /^[^\r\n]{1,63}$/;

export function validateLabel(key: string, value: unknown): { part: 'key' | 'value'; message: string } | undefined {
  if (!LABEL_KEY.test(key)) return { part: 'key', message: `Invalid label key "${key}". ${labelRules}` };
  if (typeof value !== 'string' || !LABEL_VALUE.test(value)) return { part: 'value', message: `Invalid value for label "${key}". ${labelRules}` };
  return undefined;
}

export const volumeNameRules = 'A volume name is 3 to 75 characters: letters, digits, underscores (_) and hyphens (-).';
const VOLUME_NAME = /^[A-Za-z0-9_-]{3,75}$/;

export function validateVolumeName(name: unknown): string | undefined {
  return typeof name === 'string' && VOLUME_NAME.test(name) ? undefined : volumeNameRules;
}

export const VOLUME_CAPACITIES: readonly number[] = [4, 8, 16, 32, 64, 128, 256, 512];

export const mountPathRules = 'A mount path is absolute (starts with /), is not / itself, and has no empty, "." or ".." segments.';

export function validateMountPath(path: unknown): string | undefined {
  if (typeof path !== 'string' || !path.startsWith('/') || path === '/' || path.length > 4096) return mountPathRules;
  const segments = path.replace(/\/$/, '').split('/').slice(1);
  return segments.some((s) => s === '' || s === '.' || s === '..') ? mountPathRules : undefined;
}

export const packageVersionRules = 'A version looks like v1.2.3 (an optional pre-release suffix such as v1.2.3-rc.1 is allowed).';
const PACKAGE_VERSION = /^v\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

export function validatePackageVersion(version: unknown): string | undefined {
  return typeof version === 'string' && PACKAGE_VERSION.test(version) ? undefined : packageVersionRules;
}

/** Names of components, executables, networks and packages: DNS-like, as they end up in container names. */
export const resourceNameRules = 'A name is 1 to 63 characters: lower-case letters, digits and hyphens, starting with a letter.';
const RESOURCE_NAME = /^[a-z][a-z0-9-]{0,62}$/;

export function validateResourceName(name: unknown): string | undefined {
  return typeof name === 'string' && RESOURCE_NAME.test(name) ? undefined : resourceNameRules;
}

export const aliasRules = 'An alias is 1 to 63 letters, digits, "_" or "-", starting with a letter.';
const ALIAS = /^[A-Za-z][A-Za-z0-9_-]{0,62}$/;

/** A ROS component's alias (RIO_ROS_ENV_ALIAS): unique on its routed network, which the bridge checks, not this. */
export function validateAlias(alias: unknown): string | undefined {
  return typeof alias === 'string' && ALIAS.test(alias) ? undefined : aliasRules;
}
