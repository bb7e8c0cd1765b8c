// What the catalog shows of a package at a glance, derived once per package so filtering and rendering agree.
import type { Architecture, PackageResource, RosDistro, Runtime } from '../../../api';
import { ARCHITECTURES, ROS_DISTROS } from '../../../vocabulary';

/** Where a package's components run: all in the cloud, all on devices, or both (hybrid). */
export type RuntimeKind = Runtime | 'hybrid';

export const RUNTIME_KINDS: readonly RuntimeKind[] = ['cloud', 'device', 'hybrid'];

export interface PackageSummary {
  id: string;
  name: string;
  version: string;
  description: string;
  componentCount: number;
  runtime: RuntimeKind;
  architectures: Architecture[];
  rosDistros: RosDistro[];
  /** At least one component is a ROS component. */
  isRos: boolean;
  activeDeployments: number;
  /** Lower-case text the search box matches against. */
  searchText: string;
}

const inOrder = <T>(order: readonly T[], values: Iterable<T>): T[] => {
  const present = new Set(values);
  return order.filter((value) => present.has(value));
};

export function runtimeKindOf(runtimes: Iterable<Runtime>): RuntimeKind {
  const set = new Set(runtimes);
  if (set.has('cloud') && set.has('device')) return 'hybrid';
  return set.has('device') ? 'device' : 'cloud';
}

export function summarisePackage(pkg: PackageResource): PackageSummary {
  const components = pkg.spec.components;
  const rosComponents = components.filter((c) => c.ros.enabled);
  const { name, guid, version, description } = pkg.metadata;
  return {
    id: guid,
    name,
    version,
    description,
    componentCount: components.length,
    runtime: runtimeKindOf(components.map((c) => c.runtime)),
    architectures: inOrder(ARCHITECTURES, components.map((c) => c.architecture)),
    rosDistros: inOrder(ROS_DISTROS, rosComponents.flatMap((c) => (c.ros.distro ? [c.ros.distro] : []))),
    isRos: rosComponents.length > 0,
    activeDeployments: pkg.status.activeDeployments,
    searchText: [name, version, description, ...components.map((c) => c.name)].join(' ').toLowerCase(),
  };
}
