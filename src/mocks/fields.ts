// The engine names offending fields by its own request shape; these rename them to the wire body's paths, which
// src/vocabulary/fields.ts defines for the mock and the forms alike.
import { deploymentFieldPath, NETWORK_FIELDS, VOLUME_FIELDS, type DeploymentField } from '../vocabulary';
import { fieldMapper } from './http';

const COMPONENT_PARTS = { deviceId: 'device', restartPolicy: 'restart', alias: 'alias' } as const;
const VOLUME_PARTS = { volumeId: 'volume', component: 'component', mountPath: 'mountPath' } as const;

const partOf = <K extends string, V>(parts: Readonly<Record<K, V>>, name: string): V | undefined =>
  Object.hasOwn(parts, name) ? parts[name as K] : undefined;

/** The field an engine path (`components.navigation.deviceId`, `volumes.0.mountPath` …) of a deploy request names. */
function deployRequestField(field: string): DeploymentField | undefined {
  const [head, name, part, ...deeper] = field.split('.');
  if (head === 'labels') return name === undefined ? { at: 'labels' } : { at: 'label', key: field.slice('labels.'.length) };
  if (deeper.length > 0) return undefined;
  const index = name !== undefined && /^\d+$/.test(name) ? Number(name) : undefined;
  switch (head) {
    case 'name':
      return name === undefined ? { at: 'name' } : undefined;
    case 'packageId':
      return name === undefined ? { at: 'package' } : undefined;
    case 'packageVersion':
      return name === undefined ? { at: 'packageVersion' } : undefined;
    case 'routedNetworkId':
      return name === undefined ? { at: 'routedNetwork' } : undefined;
    case 'components': {
      if (name === undefined) return { at: 'components' };
      if (part === undefined) return { at: 'component', component: name };
      const componentPart = partOf(COMPONENT_PARTS, part);
      return componentPart ? { at: 'component', component: name, part: componentPart } : undefined;
    }
    case 'dependencies':
      if (name === undefined) return { at: 'dependencies' };
      return index !== undefined && part === undefined ? { at: 'dependency', index } : undefined;
    case 'volumes': {
      if (name === undefined) return { at: 'volumes' };
      if (index === undefined) return undefined;
      if (part === undefined) return { at: 'volume', index };
      const volumePart = partOf(VOLUME_PARTS, part);
      return volumePart ? { at: 'volume', index, part: volumePart } : undefined;
    }
    default:
      return undefined;
  }
}

/** An engine path the wire has no name for is passed on as it is. */
export const deployField = (field: string): string => {
  const named = deployRequestField(field);
  return named ? deploymentFieldPath(named) : field;
};

export const packageField = (field: string) =>
  fieldMapper([
    [/^(name|version|description|labels)(\..*)?$/, 'metadata.$1$2'],
    [/^components(\..*)?$/, 'spec.components$1'],
  ])(field).replace(/\.restartPolicy$/, '.restart');

const byRequestField =
  (paths: Readonly<Record<string, string>>) =>
  (field: string): string =>
    Object.hasOwn(paths, field) ? (paths[field] as string) : field;

export const networkField = byRequestField(NETWORK_FIELDS);

export const volumeField = byRequestField(VOLUME_FIELDS);

export const deviceField = fieldMapper([
  [/^(name|labels)(\..*)?$/, 'metadata.$1$2'],
  [/^(architecture|runtimes|rosDistro|pythonVersion)$/, 'spec.$1'],
]);

export const secretField = fieldMapper([[/^name$/, 'metadata.name']]);
