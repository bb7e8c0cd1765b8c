// The platform's Device: a robot that runs docker and/or preinstalled executables. Gantry adds it as a simulated
// device. Its architecture is read from `spec.virtual.arch` (the CLI's field for virtual devices; `arm64` is
// arm64v8), else from the label `arch` or `architecture`; else it is amd64.
import { z } from 'zod';
import { ARCHITECTURES, ROS_DISTROS, type Architecture, type DeviceRuntime } from '../../../vocabulary';
import type { CreateDeviceBody, DeviceResource } from '../device';
import { PLATFORM_MANIFEST_VERSION, configurationOf, defined, envelope, platformMetadata, withConfiguration } from './common';

/** Architecture names a document may use, as Gantry's architectures. */
const ARCH_ALIASES: Record<string, Architecture> = { amd64: 'amd64', arm64: 'arm64v8', arm64v8: 'arm64v8', arm32v7: 'arm32v7', arm32: 'arm32v7' };
export const DEVICE_ARCH_LABELS = ['arch', 'architecture'] as const;

const archName = z
  .string()
  .refine((v) => Object.hasOwn(ARCH_ALIASES, v), `An architecture is one of ${[...ARCHITECTURES, 'arm64'].join(', ')}`);

export const platformDevice = envelope(
  'Device',
  platformMetadata.superRefine((m, ctx) => {
    for (const key of DEVICE_ARCH_LABELS) {
      const value = m.labels?.[key];
      if (value !== undefined && !Object.hasOwn(ARCH_ALIASES, value)) {
        ctx.addIssue({ code: 'custom', path: ['labels', key], message: `An architecture is one of ${ARCHITECTURES.join(', ')}` });
      }
    }
  }),
  z
    .looseObject({
      rosDistro: z.enum(ROS_DISTROS, { error: `rosDistro is one of ${ROS_DISTROS.join(', ')}` }).optional(),
      python: z.union([z.enum(['2', '3']), z.literal(2), z.literal(3)], { error: 'python is 2 or 3' }).optional(),
      docker: z.looseObject({ enabled: z.boolean() }).optional(),
      preinstalled: z.looseObject({ enabled: z.boolean() }).optional(),
      virtual: z.looseObject({ enabled: z.boolean().optional(), arch: archName.optional() }).optional(),
    })
    .superRefine((spec, ctx) => {
      if (!spec.docker?.enabled && !spec.preinstalled?.enabled) {
        ctx.addIssue({ code: 'custom', path: ['docker', 'enabled'], message: 'A device runs docker or preinstalled executables: enable one' });
      }
      if (spec.rosDistro === 'noetic' && String(spec.python) === '2') ctx.addIssue({ code: 'custom', path: ['python'], message: 'noetic needs python 3' });
    }),
);
export type PlatformDevice = z.output<typeof platformDevice>;
export type PlatformDeviceDocument = z.input<typeof platformDevice>;

export function deviceArchitectureOf(doc: PlatformDevice): Architecture {
  const named = doc.spec.virtual?.arch ?? DEVICE_ARCH_LABELS.map((k) => doc.metadata.labels?.[k]).find(Boolean);
  return (named ? ARCH_ALIASES[named] : undefined) ?? 'amd64';
}

const KNOWN = new Set(['rosDistro', 'python', 'docker', 'preinstalled']);

export function fromPlatformDevice(doc: PlatformDevice): CreateDeviceBody {
  const { spec, metadata } = doc;
  const runtimes: DeviceRuntime[] = [...(spec.docker?.enabled ? ['docker' as const] : []), ...(spec.preinstalled?.enabled ? ['preinstalled' as const] : [])];
  const { enabled: _enabled, ...preinstalled } = spec.preinstalled ?? { enabled: false };
  return {
    metadata: defined({ name: metadata.name, labels: metadata.labels && Object.keys(metadata.labels).length ? metadata.labels : undefined }),
    spec: defined({
      architecture: deviceArchitectureOf(doc),
      runtimes,
      rosDistro: spec.rosDistro,
      pythonVersion: spec.python === undefined ? undefined : (String(spec.python) as '2' | '3'),
      configuration: configurationOf({
        'metadata.region': metadata.region,
        'spec.python': spec.python,
        ...Object.fromEntries(Object.entries(preinstalled).map(([k, v]) => [`spec.preinstalled.${k}`, v])),
        ...Object.fromEntries(Object.entries(spec).filter(([k]) => !KNOWN.has(k)).map(([k, v]) => [`spec.${k}`, v])),
      }),
    }),
  };
}

export function toPlatformDevice(device: DeviceResource): PlatformDeviceDocument {
  const { spec } = device;
  const labels = Object.keys(device.metadata.labels).length ? device.metadata.labels : undefined;
  const fromVirtual = spec.configuration?.['spec.virtual'] !== undefined;
  const doc = {
    apiVersion: PLATFORM_MANIFEST_VERSION,
    kind: 'Device' as const,
    metadata: defined({
      name: device.metadata.name,
      // Where the document does not say the architecture itself, the label does (amd64 is the default, said by nothing).
      labels: !fromVirtual && spec.architecture !== 'amd64' ? { ...labels, arch: spec.architecture } : labels,
    }),
    spec: defined({
      rosDistro: spec.rosDistro,
      python: spec.pythonVersion,
      docker: spec.runtimes.includes('docker') ? { enabled: true } : undefined,
      preinstalled: spec.runtimes.includes('preinstalled') ? { enabled: true } : undefined,
    }),
  };
  return withConfiguration(doc, spec.configuration);
}
