// The engine names offending fields by its own request shape; these rules rename them to the wire body's paths.
import { fieldMapper } from './http';

export const deployField = fieldMapper([
  [/^name$/, 'metadata.name'],
  [/^labels(\..*)?$/, 'metadata.labels$1'],
  [/^packageId$/, 'metadata.depends.nameOrGUID'],
  [/^packageVersion$/, 'metadata.depends.version'],
  [/^components\.([^.]+)\.deviceId$/, 'spec.components.$1.device.depends.nameOrGUID'],
  [/^components\.([^.]+)\.restartPolicy$/, 'spec.components.$1.restart'],
  [/^components(\..*)?$/, 'spec.components$1'],
  [/^routedNetworkId$/, 'spec.rosNetworks.0.depends.nameOrGUID'],
  [/^dependencies\.(\d+)$/, 'spec.depends.$1.nameOrGUID'],
  [/^dependencies$/, 'spec.depends'],
  [/^volumes\.(\d+)\.volumeId$/, 'spec.volumes.$1.depends.nameOrGUID'],
  [/^volumes(\..*)?$/, 'spec.volumes$1'],
]);

export const packageField = (field: string) =>
  fieldMapper([
    [/^(name|version|description|labels)(\..*)?$/, 'metadata.$1$2'],
    [/^components(\..*)?$/, 'spec.components$1'],
  ])(field).replace(/\.restartPolicy$/, '.restart');

export const networkField = fieldMapper([
  [/^name$/, 'metadata.name'],
  [/^deviceId$/, 'spec.depends.nameOrGUID'],
  [/^(runtime|rosDistro|networkInterface)$/, 'spec.$1'],
]);

export const volumeField = fieldMapper([
  [/^name$/, 'metadata.name'],
  [/^capacityGiB$/, 'spec.capacity'],
]);
