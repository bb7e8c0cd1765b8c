// The naming rules of src/vocabulary as the engine's validators: each returns the problem to show at the field, or
// undefined when the value is fine.
import {
  DEPLOYMENT_NAME,
  EXECUTABLE_NAME,
  LABEL_KEY,
  LABEL_VALUE,
  NAME_REQUIRED,
  PACKAGE_VERSION,
  RESOURCE_NAME,
  ROS_ALIAS,
  VOLUME_NAME,
  deploymentNameRules,
  executableNameRules,
  isMountPath,
  labelRules,
  mountPathRules,
  packageVersionRules,
  resourceNameRules,
  rosAliasRules,
  volumeNameRules,
} from '../../vocabulary';

export function validateDeploymentName(name: unknown): string | undefined {
  if (typeof name !== 'string' || name.length === 0) return NAME_REQUIRED;
  return DEPLOYMENT_NAME.test(name) ? undefined : deploymentNameRules;
}

export function validateLabel(key: string, value: unknown): { part: 'key' | 'value'; message: string } | undefined {
  if (!LABEL_KEY.test(key)) return { part: 'key', message: `Invalid label key "${key}". ${labelRules}` };
  if (typeof value !== 'string' || !LABEL_VALUE.test(value)) return { part: 'value', message: `Invalid value for label "${key}". ${labelRules}` };
  return undefined;
}

export function validateVolumeName(name: unknown): string | undefined {
  return typeof name === 'string' && VOLUME_NAME.test(name) ? undefined : volumeNameRules;
}

export function validateMountPath(path: unknown): string | undefined {
  return typeof path === 'string' && isMountPath(path) ? undefined : mountPathRules;
}

export function validatePackageVersion(version: unknown): string | undefined {
  return typeof version === 'string' && PACKAGE_VERSION.test(version) ? undefined : packageVersionRules;
}

/** Names of components, executables, networks and packages. */
export function validateResourceName(name: unknown): string | undefined {
  return typeof name === 'string' && RESOURCE_NAME.test(name) ? undefined : resourceNameRules;
}

/** A ROS component's alias (RIO_ROS_ENV_ALIAS): unique on its routed network, which the bridge checks, not this. */
export function validateAlias(alias: unknown): string | undefined {
  return typeof alias === 'string' && ROS_ALIAS.test(alias) ? undefined : rosAliasRules;
}

/** Executables may mix case, as the platform's own examples do (`exec-preInstalled`). */
export function validateExecutableName(name: unknown): string | undefined {
  return typeof name === 'string' && EXECUTABLE_NAME.test(name) ? undefined : executableNameRules;
}
