// What the package page shows of components, executables and builds, in display order and words.
import type { ComponentSpec, PackageResource } from '../../../api';
import { architectureLabel, restartPolicyLabel, rosDistroLabel, runtimeLabel } from '../../../lib/labels';

type ExecutableSpec = ComponentSpec['executables'][number];
type BuildSpec = ExecutableSpec['builds'][number];

export interface BuildRow extends BuildSpec {
  /** The tag the package deploys now, and this is the build it points to. */
  current: boolean;
  /** A newer build was pushed under its tag. */
  replaced: boolean;
  /** The digest's first 12 hex digits, or the tag for a server that names no digests. */
  key: string;
}

export interface ExecutableView {
  key: string;
  component: string;
  name: string;
  type: ExecutableSpec['type'];
  /** `image:tag` for docker executables. */
  image?: string;
  command: string;
  /** Docker executables. */
  pullPolicy?: string;
  /** Newest first. */
  builds: BuildRow[];
  /** Tags the image has now (each pointing to a build), newest first. */
  tags: string[];
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
      ...(e.type === 'docker' ? { pullPolicy: e.imagePullPolicy ?? 'IfNotPresent' } : {}),
      ...buildRows(e),
    })),
  );
}

function buildRows(e: ExecutableSpec): Pick<ExecutableView, 'builds' | 'tags'> {
  const builds = [...e.builds]
    .sort((a, b) => Date.parse(b.pushedAt) - Date.parse(a.pushedAt))
    .map((b) => {
      const replaced = b.replacedAt !== undefined;
      return { ...b, current: b.tag === e.tag && !replaced, replaced, key: b.digest ? shortDigest(b.digest) : b.tag };
    });
  return { builds, tags: builds.filter((b) => !b.replaced).map((b) => b.tag) };
}

export const shortDigest = (digest: string) => digest.replace(/^sha256:/, '').slice(0, 12);

const DEFECT_LABELS: Record<NonNullable<BuildSpec['defect']>['kind'], string> = {
  'crash-on-start': 'Crashes on start',
  'crash-after': 'Crashes after',
  'bad-entrypoint': 'Bad entrypoint',
};

/** A build's defect in words, e.g. `Crashes after 90 s (exit code 2)`; undefined for a sound build. */
export function defectText(defect: BuildSpec['defect']): string | undefined {
  if (!defect) return undefined;
  const after = defect.kind === 'crash-after' && defect.afterSeconds !== undefined ? ` ${defect.afterSeconds} s` : '';
  return `${DEFECT_LABELS[defect.kind]}${after} (exit code ${defect.exitCode})`;
}

/** Sizes arrive in MB; shown in binary units like the rest of the console. */
export const buildSizeBytes = (sizeMB: number) => sizeMB * 1024 * 1024;
