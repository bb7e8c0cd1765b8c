// The platform's Network. Gantry simulates routed networks (cloud, or on a device with its interface); a native
// network is refused by name. Restart policy, resource limits and the rest are kept as configuration.
import { z } from 'zod';
import { ROS_DISTROS, RUNTIMES } from '../../../vocabulary';
import type { CreateNetworkBody, NetworkResource } from '../network';
import { PLATFORM_MANIFEST_VERSION, configurationOf, defined, envelope, platformDepends, platformMetadata, withConfiguration } from './common';

export const NETWORK_TYPES_OF_PLATFORM = ['routed', 'native'] as const;

export const platformNetwork = envelope(
  'Network',
  platformMetadata,
  z
    .looseObject({
      type: z.enum(NETWORK_TYPES_OF_PLATFORM, { error: 'type is routed or native' }),
      runtime: z.enum(RUNTIMES, { error: 'runtime is cloud or device' }),
      rosDistro: z.enum(ROS_DISTROS, { error: `rosDistro is one of ${ROS_DISTROS.join(', ')}` }),
      depends: platformDepends('device').optional(),
      networkInterface: z.string().optional(),
      // The CLI's example writes `onFailure`; the SDK `onfailure`.
      restartPolicy: z
        .string()
        .refine((v) => ['always', 'never', 'onfailure'].includes(v.toLowerCase()), 'restartPolicy is always, never or onfailure')
        .optional(),
      restart: z.string().optional(),
      resourceLimits: z.unknown().optional(),
    })
    .superRefine((spec, ctx) => {
      if (spec.type === 'native') ctx.addIssue({ code: 'custom', path: ['type'], message: 'Gantry simulates routed networks only; a native network is not simulated' });
      if (spec.runtime === 'device' && !spec.depends) ctx.addIssue({ code: 'custom', path: ['depends', 'nameOrGUID'], message: 'A device network names its device in depends' });
      if (spec.runtime === 'device' && !spec.networkInterface) ctx.addIssue({ code: 'custom', path: ['networkInterface'], message: 'A device network needs its networkInterface' });
      if (spec.runtime === 'cloud' && spec.depends) ctx.addIssue({ code: 'custom', path: ['depends'], message: 'A cloud network runs on no device; depends is for device networks' });
    }),
);
export type PlatformNetwork = z.output<typeof platformNetwork>;
export type PlatformNetworkDocument = z.input<typeof platformNetwork>;

const KNOWN = new Set(['type', 'runtime', 'rosDistro', 'depends', 'networkInterface']);

export function fromPlatformNetwork(doc: PlatformNetwork): CreateNetworkBody {
  const { spec, metadata } = doc;
  return {
    metadata: { name: metadata.name },
    spec: defined({
      type: 'routed' as const,
      runtime: spec.runtime,
      rosDistro: spec.rosDistro,
      depends: spec.depends,
      networkInterface: spec.networkInterface,
      configuration: configurationOf({
        'metadata.labels': metadata.labels && Object.keys(metadata.labels).length ? metadata.labels : undefined,
        'metadata.region': metadata.region,
        ...Object.fromEntries(Object.entries(spec).filter(([k]) => !KNOWN.has(k)).map(([k, v]) => [`spec.${k}`, v])),
      }),
    }),
  };
}

export function toPlatformNetwork(net: NetworkResource, deviceName: (guid: string) => string | undefined = () => undefined): PlatformNetworkDocument {
  const { spec } = net;
  const doc = {
    apiVersion: PLATFORM_MANIFEST_VERSION,
    kind: 'Network' as const,
    metadata: { name: net.metadata.name },
    spec: defined({
      type: spec.type,
      rosDistro: spec.rosDistro,
      runtime: spec.runtime,
      depends: spec.depends && { kind: 'device', nameOrGUID: deviceName(spec.depends.nameOrGUID) ?? spec.depends.nameOrGUID },
      networkInterface: spec.networkInterface,
    }),
  };
  return withConfiguration(doc, spec.configuration);
}
