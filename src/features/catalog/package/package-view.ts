// What the package page shows of components, executables and builds, in display order and words.
import type { ComponentSpec, PackageResource } from '../../../api';
import { architectureLabel, restartPolicyLabel, rosDistroLabel, runtimeLabel } from '../../../lib/labels';

type ExecutableSpec = ComponentSpec['executables'][number];
type BuildSpec = ExecutableSpec['builds'][number];

export interface BuildRow extends BuildSpec {
  /** The tag the package deploys now. */
  current: boolean;
}

export interface ExecutableView {
  key: string;
  component: string;
  name: string;
  type: ExecutableSpec['type'];
  /** `image:tag` for docker executables. */
  image?: string;
  command: string;
  /** Newest first. */
  builds: BuildRow[];
}

export interface ComponentRow {
  name: string;
  runtime: string;
  architecture: string;
  ros: string;
  /** Device components only: cloud components always restart. */
  restart?: string;
  executables: string[];
}

const rosText = (component: ComponentSpec) =>
  component.ros.enabled ? (component.ros.distro ? rosDistroLabel(component.ros.distro) : 'Yes') : 'No';

export function componentRows(pkg: PackageResource): ComponentRow[] {
  return pkg.spec.components.map((c) => ({
    name: c.name,
    runtime: runtimeLabel(c.runtime),
    architecture: architectureLabel(c.architecture),
    ros: rosText(c),
    ...(c.runtime === 'device' ? { restart: restartPolicyLabel(c.restart) } : {}),
    executables: c.executables.map((e) => e.name),
  }));
}

export function executableViews(pkg: PackageResource): ExecutableView[] {
  return pkg.spec.components.flatMap((c) =>
    c.executables.map((e) => ({
      key: `${c.name}/${e.name}`,
      component: c.name,
      name: e.name,
      type: e.type,
      ...(e.type === 'docker' && e.image ? { image: e.tag ? `${e.image}:${e.tag}` : e.image } : {}),
      command: e.command,
      builds: [...e.builds]
        .sort((a, b) => Date.parse(b.pushedAt) - Date.parse(a.pushedAt))
        .map((b) => ({ ...b, current: b.tag === e.tag })),
    })),
  );
}

/** Sizes arrive in MB; shown in binary units like the rest of the console. */
export const buildSizeBytes = (sizeMB: number) => sizeMB * 1024 * 1024;
