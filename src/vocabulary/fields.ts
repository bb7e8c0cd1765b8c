// Where a refusal points: the path of the offending field in the request body the console sends (the v2 shape).
// The mock writes these paths for the engine's problems and the forms read them back to their controls, both
// through the definitions here, so the two sides cannot drift apart.

/** A field of the create-deployment body that a refusal can name. */
export type DeploymentField =
  | { at: 'name' }
  | { at: 'labels' }
  | { at: 'label'; key: string }
  | { at: 'package' }
  | { at: 'packageVersion' }
  | { at: 'components' }
  | { at: 'component'; component: string; part?: 'device' | 'restart' | 'alias' }
  | { at: 'routedNetwork' }
  | { at: 'dependencies' }
  | { at: 'dependency'; index: number }
  | { at: 'volumes' }
  | { at: 'volume'; index: number; part?: 'volume' | 'component' | 'mountPath' };

const COMPONENT_PARTS = { device: 'device.depends.nameOrGUID', restart: 'restart', alias: 'alias' } as const;
const VOLUME_PARTS = { volume: 'depends.nameOrGUID', component: 'component', mountPath: 'mountPath' } as const;

/** The body path of a field, e.g. `spec.components.navigation.device.depends.nameOrGUID`. */
export function deploymentFieldPath(field: DeploymentField): string {
  switch (field.at) {
    case 'name':
      return 'metadata.name';
    case 'labels':
      return 'metadata.labels';
    case 'label':
      return `metadata.labels.${field.key}`;
    case 'package':
      return 'metadata.depends.nameOrGUID';
    case 'packageVersion':
      return 'metadata.depends.version';
    case 'components':
      return 'spec.components';
    case 'component':
      return `spec.components.${field.component}${field.part ? `.${COMPONENT_PARTS[field.part]}` : ''}`;
    case 'routedNetwork':
      return 'spec.rosNetworks.0.depends.nameOrGUID';
    case 'dependencies':
      return 'spec.depends';
    case 'dependency':
      return `spec.depends.${field.index}.nameOrGUID`;
    case 'volumes':
      return 'spec.volumes';
    case 'volume':
      return `spec.volumes.${field.index}${field.part ? `.${VOLUME_PARTS[field.part]}` : ''}`;
  }
}

const partOf = <P extends string>(parts: Readonly<Record<P, string>>, rest: string | undefined): P | undefined =>
  rest === undefined ? undefined : (Object.keys(parts) as P[]).find((part) => rest === parts[part] || parts[part].startsWith(`${rest}.`));

/**
 * The field a body path names. A path from the body's own validation may stop short of the leaf
 * (`spec.components.navigation.device`); it names the same field.
 */
export function readDeploymentField(path: string): DeploymentField | undefined {
  const [head, section, ...rest] = path.split('.');
  const key = rest.join('.');
  const tail = rest.length > 1 ? rest.slice(1).join('.') : undefined;
  if (head === 'metadata') {
    if (section === 'name' && rest.length === 0) return { at: 'name' };
    if (section === 'labels') return rest.length === 0 ? { at: 'labels' } : { at: 'label', key };
    if (section === 'depends') return key === 'version' ? { at: 'packageVersion' } : { at: 'package' };
    return undefined;
  }
  if (head !== 'spec') return undefined;
  const [first] = rest;
  const index = first !== undefined && /^\d+$/.test(first) ? Number(first) : undefined;
  switch (section) {
    case 'components': {
      if (first === undefined) return { at: 'components' };
      const part = partOf(COMPONENT_PARTS, tail);
      return part ? { at: 'component', component: first, part } : { at: 'component', component: first };
    }
    case 'rosNetworks':
      return { at: 'routedNetwork' };
    case 'depends':
      if (first === undefined) return { at: 'dependencies' };
      return index === undefined ? undefined : { at: 'dependency', index };
    case 'volumes': {
      if (first === undefined) return { at: 'volumes' };
      if (index === undefined) return undefined;
      const part = partOf(VOLUME_PARTS, tail);
      return part ? { at: 'volume', index, part } : { at: 'volume', index };
    }
    default:
      return undefined;
  }
}

/** Body paths of the create-routed-network request, by the name of the engine's request field. */
export const NETWORK_FIELDS = {
  name: 'metadata.name',
  runtime: 'spec.runtime',
  rosDistro: 'spec.rosDistro',
  deviceId: 'spec.depends.nameOrGUID',
  networkInterface: 'spec.networkInterface',
} as const;

/** Body paths of the create-disk request, by the name of the engine's request field. */
export const VOLUME_FIELDS = {
  name: 'metadata.name',
  capacityGiB: 'spec.capacity',
} as const;
