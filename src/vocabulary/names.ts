// The platform's naming rules as patterns; name-texts.ts says each in words. The engine's validators
// (src/platform/validation) and the forms' schemas (src/api/contract/rules.ts) are both built on these.

/** Deployment names: 3 to 64 characters; the first and last are given by the pattern, so the middle is 1 to 62. */
export const DEPLOYMENT_NAME = /^[A-Za-z][A-Za-z0-9 _-]{1,62}[A-Za-z0-9_-]$/;

export const LABEL_KEY = /^[a-zA-Z0-9][-_.a-zA-Z0-9]{0,62}$/;
export const LABEL_VALUE = /^[^\r\n]{1,63}$/;

export const VOLUME_NAME = /^[A-Za-z0-9_-]{3,75}$/;

export const MAX_MOUNT_PATH_LENGTH = 4096;

/** Absolute, not `/` itself, at most 4096 characters, no empty, `.` or `..` segment (a trailing `/` is allowed). */
export function isMountPath(path: string): boolean {
  if (!path.startsWith('/') || path === '/' || path.length > MAX_MOUNT_PATH_LENGTH) return false;
  const segments = path.replace(/\/$/, '').split('/').slice(1);
  return !segments.some((s) => s === '' || s === '.' || s === '..');
}

/** `v1.2.3` or `1.2.3` (the platform's CLI examples use both), with an optional pre-release suffix. */
export const PACKAGE_VERSION = /^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

/** Names of components, executables, networks and packages: DNS-like, as they end up in container names. */
export const RESOURCE_NAME = /^[a-z][a-z0-9-]{0,62}$/;

/**
 * Names of executables: the platform's CLI schema leaves them free and its examples mix case (`exec-preInstalled`);
 * letters of either case, digits, hyphens and underscores, starting with a letter, up to 63.
 */
export const EXECUTABLE_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,62}$/;

/** A component's ROS alias (RIO_ROS_ENV_ALIAS). */
export const ROS_ALIAS = /^[A-Za-z][A-Za-z0-9_-]{0,62}$/;
