// A package is checked as it arrives (possibly straight from JSON), so every field is type-checked here.
// Problems are `invalid-package` with the path of the offending field, e.g. `components.0.executables.1.image`.
import type { CreatePackageRequest } from '../api';
import { domainError } from '../errors';
import type { DomainError } from '../api';
import { ARCHITECTURES, CLOUD_ARCHITECTURE, EXECUTABLE_TYPES, IMAGE_PULL_POLICIES, RESTART_POLICIES, ROS_DISTROS, RUNTIMES } from '../../vocabulary';
import { validateExecutableName, validatePackageVersion, validateResourceName } from './names';

/** The platform's limit for a cloud image. */
const MAX_IMAGE_MB = 10 * 1024;

type Check = (value: unknown) => string | undefined;

const oneOf = (allowed: readonly string[], what: string): Check => (v) =>
  typeof v === 'string' && allowed.includes(v) ? undefined : `${what} must be one of ${allowed.join(', ')}`;
const text = (what: string): Check => (v) => (typeof v === 'string' && v.trim() !== '' ? undefined : `${what} is required`);
const list = (what: string): Check => (v) => (Array.isArray(v) && v.length > 0 ? undefined : `${what}: at least one is required`);

const rec = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {});

function first(checks: [string, unknown, Check][]): DomainError | undefined {
  for (const [field, value, check] of checks) {
    const problem = check(value);
    if (problem) return domainError('invalid-package', problem, field);
  }
  return undefined;
}

function unique(names: unknown[], field: (i: number) => string, what: string): DomainError | undefined {
  const dup = names.findIndex((n, i) => names.indexOf(n) !== i);
  return dup < 0 ? undefined : domainError('invalid-package', `${what} names must be unique`, field(dup));
}

function checkExecutable(raw: unknown, f: string, runtime: unknown): DomainError | undefined {
  const ex = rec(raw);
  const basic = first([
    [`${f}.name`, ex.name, validateExecutableName],
    [`${f}.type`, ex.type, oneOf(EXECUTABLE_TYPES, 'type')],
  ]);
  if (basic) return basic;
  if (ex.type === 'preInstalled') {
    if (runtime !== 'device') return domainError('invalid-package', 'preinstalled executables can only run on device components', `${f}.type`);
    return first([[`${f}.command`, ex.command, text('command')]]);
  }
  const docker = first([
    [`${f}.image`, ex.image, text('image')],
    [`${f}.tag`, ex.tag, text('tag')],
    [`${f}.builds`, ex.builds, (v) => (v === undefined || Array.isArray(v) ? undefined : 'builds must be a list')],
    [`${f}.imagePullPolicy`, ex.imagePullPolicy, (v) => (v === undefined ? undefined : oneOf(IMAGE_PULL_POLICIES, 'image pull policy')(v))],
  ]);
  if (docker) return docker;
  for (const [k, build] of ((ex.builds as unknown[] | undefined) ?? []).entries()) {
    const b = rec(build);
    const problem = first([
      [`${f}.builds.${k}.tag`, b.tag, text('tag')],
      [`${f}.builds.${k}.sizeMB`, b.sizeMB, (v) => (typeof v === 'number' && v > 0 && v <= MAX_IMAGE_MB ? undefined : `image size must be between 1 and ${MAX_IMAGE_MB} MB`)],
    ]);
    if (problem) return problem;
  }
  return undefined;
}

function checkComponent(raw: unknown, f: string): DomainError | undefined {
  const c = rec(raw);
  const ros = rec(c.ros);
  const basic = first([
    [`${f}.name`, c.name, validateResourceName],
    [`${f}.runtime`, c.runtime, oneOf(RUNTIMES, 'runtime')],
    [`${f}.architecture`, c.architecture, oneOf(c.runtime === 'cloud' ? [CLOUD_ARCHITECTURE] : ARCHITECTURES, 'architecture')],
    [`${f}.restartPolicy`, c.restartPolicy, oneOf(RESTART_POLICIES, 'restart policy')],
    [`${f}.ros.distro`, ros.distro, (v) => (ros.enabled === true ? oneOf(ROS_DISTROS, 'a ROS component needs a distro:')(v) : undefined)],
    [`${f}.executables`, c.executables, list('executables')],
  ]);
  if (basic) return basic;
  const executables = c.executables as unknown[];
  for (const [j, ex] of executables.entries()) {
    const problem = checkExecutable(ex, `${f}.executables.${j}`, c.runtime);
    if (problem) return problem;
  }
  return unique(executables.map((e) => rec(e).name), (j) => `${f}.executables.${j}.name`, 'executable');
}

export function validatePackage(req: CreatePackageRequest): DomainError | undefined {
  const basic = first([
    ['name', req.name, validateResourceName],
    ['version', req.version, validatePackageVersion],
    ['components', req.components, list('components')],
  ]);
  if (basic) return basic;
  for (const [i, c] of req.components.entries()) {
    const problem = checkComponent(c, `components.${i}`);
    if (problem) return problem;
  }
  return unique(req.components.map((c) => c.name), (i) => `components.${i}.name`, 'component');
}
