// The update dialog's model: which components can be re-deployed in place, what the operator chose, the PATCH body
// that choice makes and the before → after rows shown before `Update`.
import { executableKey, type DeploymentResource, type PackageResource, type UpdateDeploymentBody } from '../../../api';

export interface BuildOption {
  tag: string;
  pushedAt: string;
  /** A removed image cannot be pulled any more, so it cannot be chosen. */
  available: boolean;
}

export interface ExecutableOption {
  key: string;
  name: string;
  image?: string;
  currentTag?: string;
  builds: BuildOption[];
}

export interface UpdatableComponent {
  name: string;
  /** Why the component cannot be updated in place; absent when it can. */
  blockedReason?: string;
  executables: ExecutableOption[];
}

export interface UpdateSelection {
  components: readonly string[];
  /** Chosen tag per executable key; absent means keep the current tag (re-pull it). */
  tags: Readonly<Record<string, string>>;
}

export interface PreviewRow {
  component: string;
  executable: string;
  /** The image repository; an update changes only its tag. */
  image: string;
  before: string;
  after: string;
  /** The same tag is pulled again (an image fixed and pushed under an identical tag). */
  repull: boolean;
}

export const PREINSTALLED_REASON = 'In-place update is unavailable for device components powered by the pre-installed runtime.';

export function updatableComponents(deployment: DeploymentResource, pkg: PackageResource | undefined): UpdatableComponent[] {
  return deployment.spec.components.map((component) => {
    const spec = pkg?.spec.components.find((c) => c.name === component.name);
    const preinstalled = component.executables.some((e) => {
      const status = deployment.status.executables_status[executableKey(component.name, e.name)];
      const type = status?.type ?? spec?.executables.find((x) => x.name === e.name)?.type;
      return type === 'preInstalled';
    });
    const executables = component.executables.map((e) => ({
      key: executableKey(component.name, e.name),
      name: e.name,
      image: e.image,
      currentTag: e.tag,
      // A tag is offered once: for the build it points to now.
      builds: (spec?.executables.find((x) => x.name === e.name)?.builds ?? [])
        .filter((b) => b.replacedAt === undefined)
        .map((b) => ({ tag: b.tag, pushedAt: b.pushedAt, available: b.available }))
        .sort((a, b) => b.pushedAt.localeCompare(a.pushedAt)),
    }));
    return preinstalled ? { name: component.name, blockedReason: PREINSTALLED_REASON, executables } : { name: component.name, executables };
  });
}

export function chooseComponent(selection: UpdateSelection, name: string, checked: boolean): UpdateSelection {
  const others = selection.components.filter((c) => c !== name);
  return { ...selection, components: checked ? [...others, name] : others };
}

/** An empty tag means keep the current one. */
export function chooseTag(selection: UpdateSelection, key: string, tag: string): UpdateSelection {
  const tags = Object.fromEntries(Object.entries(selection.tags).filter(([k]) => k !== key));
  return { ...selection, tags: tag ? { ...tags, [key]: tag } : tags };
}

const chosen = (components: readonly UpdatableComponent[], selection: UpdateSelection) =>
  components.filter((c) => !c.blockedReason && selection.components.includes(c.name));

const targetTag = (e: ExecutableOption, selection: UpdateSelection) => selection.tags[e.key] ?? e.currentTag;

export function updateRequest(components: readonly UpdatableComponent[], selection: UpdateSelection): UpdateDeploymentBody['components'] {
  return chosen(components, selection).map((c) => {
    const changed = c.executables.flatMap((e) => {
      const tag = targetTag(e, selection);
      return tag !== undefined && tag !== e.currentTag ? [[e.name, tag] as const] : [];
    });
    return changed.length > 0 ? { name: c.name, executables: Object.fromEntries(changed) } : { name: c.name };
  });
}

export function updatePreview(components: readonly UpdatableComponent[], selection: UpdateSelection): PreviewRow[] {
  return chosen(components, selection).flatMap((c) =>
    c.executables.map((e) => {
      const tag = targetTag(e, selection);
      return {
        component: c.name,
        executable: e.name,
        image: e.image ?? 'image',
        before: e.currentTag ?? 'latest',
        after: tag ?? 'latest',
        repull: tag === e.currentTag,
      };
    }),
  );
}
