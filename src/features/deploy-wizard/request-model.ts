// How the wizard's values map to the create request, and back: a field the server names in the request body
// (`spec.components.navigation.device.depends.nameOrGUID`) to the form control it came from.
import type { CreateDeploymentBody, PackageResource } from '../../api';
import { readDeploymentField } from '../../vocabulary';
import { needsRoutedNetwork } from './choices';
import type { WizardPath, WizardValues } from './form-model';

/** The POST /api/v2/deployments body for validated values; empty sections are left out. */
export function toCreateDeploymentBody(values: WizardValues, pkg: PackageResource): CreateDeploymentBody {
  const spec: NonNullable<CreateDeploymentBody['spec']> = {};
  type Choice = NonNullable<NonNullable<CreateDeploymentBody['spec']>['components']>[string];
  const components: Record<string, Choice> = {};
  for (const c of values.components) components[c.name] = { device: { depends: { kind: 'device', nameOrGUID: c.deviceId } }, restart: c.restart };
  for (const a of values.aliases) if (a.alias !== '') components[a.component] = { ...components[a.component], alias: a.alias };
  if (Object.keys(components).length > 0) spec.components = components;
  if (needsRoutedNetwork(pkg.spec.components)) {
    spec.rosNetworks = [{ depends: { kind: 'network', nameOrGUID: values.routedNetworkId } }];
  }
  if (values.dependencies.length > 0) {
    spec.depends = values.dependencies.map((d) => ({ kind: 'deployment', nameOrGUID: d.deploymentId }));
  }
  if (values.volumes.length > 0) {
    spec.volumes = values.volumes.map((v) => ({
      component: v.component,
      mountPath: v.mountPath,
      depends: { kind: 'disk', nameOrGUID: v.volumeId },
    }));
  }
  const metadata: CreateDeploymentBody['metadata'] = {
    name: values.name,
    depends: { kind: 'package', nameOrGUID: pkg.metadata.guid },
  };
  if (values.labels.length > 0) metadata.labels = Object.fromEntries(values.labels.map((l) => [l.key, l.value]));
  return { metadata, spec };
}

/**
 * The form control a request-body field path belongs to, or undefined when no control owns it (the package, a
 * cloud component). Array rows map one to one: every row is complete before the request is sent.
 */
export function formPathOf(path: string, values: WizardValues): WizardPath | undefined {
  const field = readDeploymentField(path);
  switch (field?.at) {
    case 'name':
      return 'name';
    case 'label': {
      const index = values.labels.findIndex((l) => l.key === field.key);
      return index >= 0 ? `labels.${index}.key` : undefined;
    }
    case 'component': {
      if (field.part === 'alias') {
        const index = values.aliases.findIndex((a) => a.component === field.component);
        return index < 0 ? undefined : `aliases.${index}.alias`;
      }
      const index = values.components.findIndex((c) => c.name === field.component);
      if (index < 0) return undefined;
      return field.part === 'restart' ? `components.${index}.restart` : `components.${index}.deviceId`;
    }
    case 'routedNetwork':
      return 'routedNetworkId';
    case 'dependency':
      return field.index < values.dependencies.length ? `dependencies.${field.index}.deploymentId` : undefined;
    case 'volume':
      if (field.index >= values.volumes.length) return undefined;
      if (field.part === 'component') return `volumes.${field.index}.component`;
      if (field.part === 'mountPath') return `volumes.${field.index}.mountPath`;
      return `volumes.${field.index}.volumeId`;
    default:
      return undefined;
  }
}

export interface ServerErrorPlacement {
  fields: { path: WizardPath; message: string }[];
  /** Everything no control owns, for the banner above the submit button. */
  general?: string;
}

const sentence = (message: string) => message.charAt(0).toUpperCase() + message.slice(1);

/** Where each problem of a refused request goes: next to its control when it has one, otherwise in the banner. */
export function placeServerError(
  error: { message: string; field?: string; issues?: readonly { field: string; message: string }[] },
  values: WizardValues,
): ServerErrorPlacement {
  const problems = error.issues?.length ? error.issues : error.field ? [{ field: error.field, message: error.message }] : [];
  const fields: ServerErrorPlacement['fields'] = [];
  const general: string[] = [];
  for (const problem of problems) {
    const path = formPathOf(problem.field, values);
    if (path && !fields.some((f) => f.path === path)) fields.push({ path, message: sentence(problem.message) });
    else if (!path) general.push(sentence(problem.message));
  }
  if (problems.length === 0) general.push(sentence(error.message));
  return general.length > 0 ? { fields, general: general.join(' ') } : { fields };
}
