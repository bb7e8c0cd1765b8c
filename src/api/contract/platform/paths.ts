// A refusal of Gantry's package body names Gantry's field; these name the platform document's field instead.

const PACKAGE_COMPONENT_PARTS: Record<string, string> = {
  name: 'metadata.name',
  description: 'metadata.description',
  runtime: 'spec.runtime',
  architecture: 'spec.device.arch',
  restart: 'spec.device.restart',
  executables: 'spec.executables',
  ros: 'spec.ros',
  'ros.enabled': 'spec.ros.enabled',
  'ros.distro': 'spec.ros.version',
  'ros.topics': 'spec.ros.rosEndpoints',
  'ros.services': 'spec.ros.rosEndpoints',
};

const EXECUTABLE_PARTS: Record<string, string> = { image: 'docker.image', tag: 'docker.image', imagePullPolicy: 'docker.imagePullPolicy', builds: 'docker.image' };

/** `spec.components.0.executables.1.image` → `spec.executables[1].docker.image`. */
export function platformPackagePath(path: string): string {
  if (path === 'spec.components') return 'spec';
  const executable = /^spec\.components\.\d+\.executables\.(\d+)(?:\.([^.]+))?/.exec(path);
  if (executable) {
    const part = executable[2];
    return `spec.executables[${executable[1]}]${part ? `.${EXECUTABLE_PARTS[part] ?? part}` : ''}`;
  }
  const component = /^spec\.components\.\d+(?:\.(.+))?$/.exec(path);
  if (component) {
    const part = component[1];
    if (part === undefined) return 'spec';
    const known = Object.keys(PACKAGE_COMPONENT_PARTS).filter((k) => part === k || part.startsWith(`${k}.`)).sort((a, b) => b.length - a.length)[0];
    return known ? (PACKAGE_COMPONENT_PARTS[known] as string) : `spec.${part}`;
  }
  return path;
}
