// The wizard's form values: their shape, the fresh form for a package, and reading them back.
import type { FieldPath } from 'react-hook-form';
import type { ComponentSpec, PackageResource, RestartPolicy } from '../../api';

export interface LabelRow {
  key: string;
  value: string;
}

/** One entry per device-runtime component of the package, in package order. */
export interface ComponentChoice {
  name: string;
  deviceId: string;
  restart: RestartPolicy;
}

/** One entry per ROS component (device or cloud), in package order: its alias on the routed network. */
export interface AliasChoice {
  component: string;
  alias: string;
}

export interface VolumeRow {
  volumeId: string;
  component: string;
  mountPath: string;
}

export interface WizardValues {
  name: string;
  labels: LabelRow[];
  components: ComponentChoice[];
  aliases: AliasChoice[];
  routedNetworkId: string;
  dependencies: { deploymentId: string }[];
  volumes: VolumeRow[];
}

export type WizardPath = FieldPath<WizardValues>;

export const deviceComponents = (pkg: PackageResource): ComponentSpec[] => pkg.spec.components.filter((c) => c.runtime === 'device');
export const cloudComponents = (pkg: PackageResource): ComponentSpec[] => pkg.spec.components.filter((c) => c.runtime === 'cloud');

export function initialValues(pkg: PackageResource): WizardValues {
  return {
    name: '',
    labels: [],
    components: deviceComponents(pkg).map((c) => ({ name: c.name, deviceId: '', restart: c.restart })),
    // Empty until the network is chosen: the proposal depends on the aliases in use there.
    aliases: pkg.spec.components.filter((c) => c.ros.enabled).map((c) => ({ component: c.name, alias: '' })),
    routedNetworkId: '',
    dependencies: [],
    volumes: [],
  };
}

/** A new volume row mounts on the package's only cloud component when there is just one. */
export function newVolumeRow(pkg: PackageResource): VolumeRow {
  const cloud = cloudComponents(pkg);
  return { volumeId: '', component: cloud.length === 1 ? (cloud[0]?.name ?? '') : '', mountPath: '' };
}

/** A field the server refused, with the value it refused. */
export interface ServerFieldError {
  path: WizardPath;
  message: string;
  value: unknown;
}

/** The value at a dotted form path (`volumes.0.mountPath`). */
export function valueAt(values: WizardValues, path: string): unknown {
  return path.split('.').reduce<unknown>((at, key) => (at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), values);
}

/** How many fields are marked in error (react-hook-form's nested error tree, counted by its messages). */
export function countFieldErrors(errors: unknown): number {
  if (errors === null || typeof errors !== 'object') return 0;
  if ('message' in errors && typeof errors.message === 'string' && 'type' in errors) return 1;
  return Object.values(errors).reduce<number>((n, e) => n + countFieldErrors(e), 0);
}
