// The platform's package rules (naming, versions, what each runtime and executable type needs), checked in the
// browser so the form and the manifest show every problem at its field before anything is sent. The server stays
// the authority; these mirror what it refuses.
import { executableName, packageVersion, packageVersionRules, resourceName, resourceNameRules } from '../../../api/contract';
import { executableNameRules } from '../../../vocabulary';
import type { CreatePackageBody } from '../../../api';
import { CLOUD_ARCHITECTURE } from '../../../vocabulary';

export interface RuleIssue {
  /** Dotted path in the create body, e.g. `spec.components.0.executables.1.image`. */
  path: string;
  message: string;
}

type ComponentBody = CreatePackageBody['spec']['components'][number];
type ExecutableBody = ComponentBody['executables'][number];
type Add = (path: string, message: string) => void;

const blank = (value: string | undefined) => !value?.trim();

function checkName(value: string | undefined, path: string, what: string, add: Add) {
  if (blank(value)) add(path, `Enter a name for the ${what}.`);
  else if (what === 'executable') {
    if (!executableName.safeParse(value?.trim()).success) add(path, executableNameRules);
  } else if (!resourceName.safeParse(value?.trim()).success) add(path, resourceNameRules);
}

function checkUnique(names: readonly (string | undefined)[], path: (index: number) => string, what: string, add: Add) {
  const seen = new Set<string>();
  names.forEach((name, index) => {
    const key = name?.trim() ?? '';
    if (key && seen.has(key)) add(path(index), `Another ${what} in this ${what === 'component' ? 'package' : 'component'} is already called ${key}.`);
    seen.add(key);
  });
}

function checkExecutable(executable: ExecutableBody, path: string, runtime: ComponentBody['runtime'], add: Add) {
  checkName(executable.name, `${path}.name`, 'executable', add);
  if (executable.type === 'preInstalled') {
    if (runtime !== 'device') add(`${path}.type`, 'Preinstalled executables run only on device components.');
    if (blank(executable.command)) add(`${path}.command`, 'Enter the command that starts it on the device.');
    return;
  }
  if (blank(executable.image)) add(`${path}.image`, 'Enter the docker image, e.g. registry.example.com/team/app.');
  if (blank(executable.tag)) add(`${path}.tag`, 'Enter the image tag, e.g. 1.0.0.');
}

function checkComponent(component: ComponentBody, path: string, add: Add) {
  checkName(component.name, `${path}.name`, 'component', add);
  if (component.runtime === 'cloud' && component.architecture && component.architecture !== CLOUD_ARCHITECTURE) {
    add(`${path}.architecture`, 'A cloud component runs on amd64.');
  }
  if (component.ros?.enabled && !component.ros.distro) add(`${path}.ros.distro`, 'Choose the ROS distro of a ROS component.');
  const executables = component.executables ?? [];
  if (executables.length === 0) add(`${path}.executables`, 'Add at least one executable.');
  executables.forEach((executable, index) => checkExecutable(executable, `${path}.executables.${index}`, component.runtime, add));
  checkUnique(executables.map((e) => e.name), (index) => `${path}.executables.${index}.name`, 'executable', add);
}

export function packageRuleIssues(body: CreatePackageBody): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const add: Add = (path, message) => issues.push({ path, message });
  checkName(body.metadata.name, 'metadata.name', 'package', add);
  if (blank(body.metadata.version)) add('metadata.version', 'Enter a version, e.g. v1.0.0.');
  else if (!packageVersion.safeParse(body.metadata.version.trim()).success) add('metadata.version', packageVersionRules);
  const components = body.spec.components ?? [];
  if (components.length === 0) add('spec.components', 'Add at least one component.');
  components.forEach((component, index) => checkComponent(component, `spec.components.${index}`, add));
  checkUnique(components.map((c) => c.name), (index) => `spec.components.${index}.name`, 'component', add);
  return issues;
}
