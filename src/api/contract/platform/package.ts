// The platform's Package: one component's worth of spec (runtime, device/cloud, executables, env, ROS), and how it
// maps to Gantry's package body and back. Fields Gantry does not simulate travel in the component's `configuration`.
import { z } from 'zod';
import { ARCHITECTURES, IMAGE_PULL_POLICIES, RESTART_POLICIES, ROS_DISTROS, RUNTIMES } from '../../../vocabulary';
import type { ComponentSpec, CreatePackageBody, PackageResource } from '../package';
import {
  GANTRY_LABELS,
  PLATFORM_MANIFEST_VERSION,
  configurationOf,
  defined,
  envelope,
  platformDepends,
  platformMetadata,
  withConfiguration,
  type Configuration,
  type PlatformDepends,
} from './common';

const command = z.union([z.string(), z.array(z.string()), z.null()]).optional();

const platformExecutable = z.looseObject({
  name: z.string({ error: 'An executable needs a name' }).trim().min(1, 'An executable needs a name'),
  type: z.enum(['docker', 'preInstalled'], { error: 'type is docker or preInstalled' }).default('docker'),
  command,
  runAsBash: z.boolean().optional(),
  args: z.array(z.string()).optional(),
  limits: z.looseObject({ cpu: z.number().nonnegative().optional(), memory: z.number().nonnegative().optional() }).optional(),
  livenessProbe: z.record(z.string(), z.unknown()).optional(),
  uid: z.number().int().optional(),
  gid: z.number().int().optional(),
  docker: z
    .looseObject({
      image: z.string({ error: 'A docker executable needs an image' }).trim().min(1, 'A docker executable needs an image'),
      imagePullPolicy: z.enum(IMAGE_PULL_POLICIES, { error: `imagePullPolicy is one of ${IMAGE_PULL_POLICIES.join(', ')}` }).optional(),
      pullSecret: z.looseObject({ depends: platformDepends('secret').optional() }).optional(),
    })
    .optional(),
});
export type PlatformExecutable = z.output<typeof platformExecutable>;

const rosEndpoint = z.looseObject({
  type: z.enum(['topic', 'service', 'action'], { error: 'type is topic, service or action' }).default('topic'),
  name: z.string({ error: 'An endpoint needs a name' }).min(1, 'An endpoint needs a name'),
  compression: z.boolean().optional(),
  scoped: z.boolean().optional(),
  targeted: z.boolean().optional(),
  qos: z.enum(['low', 'med', 'hi', 'max'], { error: 'qos is low, med, hi or max' }).optional(),
  timeout: z.number().positive('timeout is more than 0').optional(),
});

const packageSpec = z
  .looseObject({
    runtime: z.enum(RUNTIMES, { error: 'runtime is device or cloud' }).default('cloud'),
    device: z
      .looseObject({
        arch: z.enum(ARCHITECTURES, { error: `arch is one of ${ARCHITECTURES.join(', ')}` }).default('amd64'),
        restart: z.enum(RESTART_POLICIES, { error: `restart is one of ${RESTART_POLICIES.join(', ')}` }).default('always'),
      })
      .optional(),
    cloud: z.looseObject({ replicas: z.number().int().min(1, 'replicas is at least 1').optional() }).optional(),
    executables: z.array(platformExecutable, { error: 'executables: at least one is required' }).min(1, 'executables: at least one is required'),
    environmentVars: z.array(z.looseObject({ name: z.string().min(1, 'An environment variable needs a name') })).optional(),
    ros: z
      .looseObject({
        enabled: z.boolean().default(false),
        version: z.enum(ROS_DISTROS, { error: `version is one of ${ROS_DISTROS.join(', ')}` }).optional(),
        rosEndpoints: z.array(rosEndpoint).optional(),
      })
      .optional(),
    endpoints: z.array(z.record(z.string(), z.unknown())).optional(),
  })
  .superRefine((spec, ctx) => {
    if (spec.runtime === 'cloud' && spec.device) ctx.addIssue({ code: 'custom', path: ['device'], message: "'device' must not be set when runtime is cloud" });
    if (spec.runtime === 'device' && spec.cloud) ctx.addIssue({ code: 'custom', path: ['cloud'], message: "'cloud' must not be set when runtime is device" });
    if (spec.ros?.enabled && !spec.ros.version) ctx.addIssue({ code: 'custom', path: ['ros', 'version'], message: 'A ROS package needs ros.version' });
    spec.executables.forEach((ex, i) => {
      if (ex.type === 'docker' && !ex.docker) ctx.addIssue({ code: 'custom', path: ['executables', i, 'docker', 'image'], message: 'A docker executable needs an image' });
      if (ex.type === 'preInstalled' && spec.runtime === 'cloud') {
        ctx.addIssue({ code: 'custom', path: ['executables', i, 'type'], message: 'A cloud executable runs a docker image; preInstalled runs on devices only' });
      }
      if (ex.docker && splitImage(ex.docker.image) === undefined) {
        ctx.addIssue({ code: 'custom', path: ['executables', i, 'docker', 'image'], message: 'An image is repository[:tag]; Gantry names builds by tag, not by digest' });
      }
      if (spec.executables.findIndex((other) => other.name === ex.name) !== i) {
        ctx.addIssue({ code: 'custom', path: ['executables', i, 'name'], message: `Executable names are unique; "${ex.name}" is given twice` });
      }
    });
  });

export const platformPackage = envelope(
  'Package',
  platformMetadata.extend({
    version: z.string({ error: 'A version is required' }).trim().min(1, 'A version is required'),
    description: z.string().optional(),
  }),
  packageSpec,
);
export type PlatformPackage = z.output<typeof platformPackage>;
/** A package document as the CLI writes it (defaults not filled in). */
export type PlatformPackageDocument = z.input<typeof platformPackage>;

/** `repo:tag` → its parts; the tag is `latest` when none is given. A digest reference is not a tag: undefined. */
export function splitImage(image: string): { image: string; tag: string } | undefined {
  if (image.includes('@')) return undefined;
  const colon = image.lastIndexOf(':');
  if (colon > image.lastIndexOf('/')) return { image: image.slice(0, colon), tag: image.slice(colon + 1) };
  return { image, tag: 'latest' };
}

/** A component name from a platform name: lower case, letters, digits and hyphens, starting with a letter. */
export function componentNameOf(name: string): string {
  const cleaned = name.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  return (/^[a-z]/.test(cleaned) ? cleaned : `c-${cleaned}`).slice(0, 63);
}

const commandText = (c: string | string[] | null | undefined): string => (Array.isArray(c) ? c.join(' ') : (c ?? ''));

/** What of an executable Gantry keeps without simulating it, by its path in the document. */
function executableConfiguration(ex: PlatformExecutable, i: number): Record<string, unknown> {
  const at = `spec.executables[${i}]`;
  return {
    [`${at}.command`]: Array.isArray(ex.command) ? ex.command : undefined,
    [`${at}.runAsBash`]: ex.runAsBash,
    [`${at}.args`]: ex.args,
    [`${at}.limits`]: ex.limits,
    [`${at}.livenessProbe`]: ex.livenessProbe,
    [`${at}.uid`]: ex.uid,
    [`${at}.gid`]: ex.gid,
    [`${at}.docker.pullSecret`]: ex.docker?.pullSecret,
  };
}

/** The configuration of a package document: every field it carries that Gantry does not simulate. */
function packageConfiguration(doc: PlatformPackage): Configuration | undefined {
  const { spec } = doc;
  const endpoints = spec.ros?.rosEndpoints;
  // Topics and services Gantry routes by name; anything more (actions, QoS, compression …) keeps the list as given.
  const plainEndpoints = endpoints?.every((e) => e.type !== 'action' && Object.keys(e).every((k) => k === 'type' || k === 'name' || (k === 'scoped' && e.type === 'service')));
  return configurationOf({
    'spec.cloud.replicas': spec.cloud?.replicas,
    'spec.environmentVars': spec.environmentVars,
    'spec.endpoints': spec.endpoints,
    'spec.ros.rosEndpoints': plainEndpoints ? undefined : endpoints,
    ...Object.fromEntries(Object.entries(spec).filter(([k]) => !KNOWN_SPEC_KEYS.has(k)).map(([k, v]) => [`spec.${k}`, v])),
    ...Object.assign({}, ...spec.executables.map(executableConfiguration)),
  });
}

const KNOWN_SPEC_KEYS = new Set(['runtime', 'device', 'cloud', 'executables', 'environmentVars', 'ros', 'endpoints']);

/** Labels of the document minus the ones that tie a multi-component package together. */
const ownLabels = (labels: Record<string, string> | undefined) => {
  const own = Object.fromEntries(Object.entries(labels ?? {}).filter(([k]) => k !== GANTRY_LABELS.package && k !== GANTRY_LABELS.component));
  return Object.keys(own).length ? own : undefined;
};

/** The component a package document describes: its name from the component label, else from the package's name. */
export function fromPlatformComponent(doc: PlatformPackage): CreatePackageBody['spec']['components'][number] {
  const { spec, metadata } = doc;
  const endpoints = spec.ros?.rosEndpoints ?? [];
  return defined({
    name: metadata.labels?.[GANTRY_LABELS.component] ?? componentNameOf(metadata.name),
    description: metadata.description ?? '',
    runtime: spec.runtime,
    architecture: spec.runtime === 'device' ? (spec.device?.arch ?? 'amd64') : 'amd64',
    restart: spec.device?.restart ?? 'always',
    ros: defined({
      enabled: spec.ros?.enabled ?? false,
      distro: spec.ros?.enabled ? spec.ros.version : undefined,
      topics: endpoints.filter((e) => e.type === 'topic').map((e) => e.name),
      services: endpoints.filter((e) => e.type === 'service').map((e) => e.name),
      scoped: endpoints.some((e) => e.type === 'service' && e.scoped) || undefined,
    }),
    executables: spec.executables.map((ex) => {
      const image = ex.docker && splitImage(ex.docker.image);
      return defined({
        name: ex.name,
        type: ex.type,
        command: commandText(ex.command),
        image: ex.type === 'docker' ? image?.image : undefined,
        tag: ex.type === 'docker' ? image?.tag : undefined,
        imagePullPolicy: ex.type === 'docker' ? ex.docker?.imagePullPolicy : undefined,
      });
    }),
    configuration: packageConfiguration(doc),
  });
}

/** A package document as Gantry's create body: a package of one component. */
export function fromPlatformPackage(doc: PlatformPackage): CreatePackageBody {
  return {
    metadata: defined({ name: doc.metadata.name, version: doc.metadata.version, description: doc.metadata.description, labels: ownLabels(doc.metadata.labels) }),
    spec: { components: [fromPlatformComponent(doc)] },
  };
}

/** Pull secrets the package's executables name (the server resolves each; an unknown one is refused at its field). */
export function pullSecretsOf(doc: PlatformPackage): { path: string; depends: PlatformDepends<'secret'> }[] {
  return doc.spec.executables.flatMap((ex, i) => {
    const depends = ex.docker?.pullSecret?.depends;
    return depends ? [{ path: `spec.executables[${i}].docker.pullSecret.depends.nameOrGUID`, depends }] : [];
  });
}

function rosEndpointsOf(c: ComponentSpec) {
  return [
    ...c.ros.topics.map((name) => ({ type: 'topic' as const, name })),
    ...c.ros.services.map((name) => defined({ type: 'service' as const, name, scoped: c.ros.scoped || undefined })),
  ];
}

/** One component as the platform's package document, named `name`. */
function componentDocument(pkg: PackageResource, c: ComponentSpec, name: string, labels: Record<string, string> | undefined): PlatformPackageDocument {
  const doc = {
    apiVersion: PLATFORM_MANIFEST_VERSION,
    kind: 'Package' as const,
    metadata: defined({ name, version: pkg.metadata.version, description: c.description || pkg.metadata.description || undefined, labels }),
    spec: defined({
      runtime: c.runtime,
      device: c.runtime === 'device' ? { arch: c.architecture, restart: c.restart } : undefined,
      cloud: c.runtime === 'cloud' ? { replicas: 1 } : undefined,
      executables: c.executables.map((e) =>
        e.type === 'docker'
          ? defined({ name: e.name, type: e.type, command: e.command || undefined, docker: defined({ image: `${e.image}:${e.tag}`, imagePullPolicy: e.imagePullPolicy }) })
          : { name: e.name, type: e.type, command: e.command },
      ),
      ros: c.ros.enabled ? { enabled: true, version: c.ros.distro ?? 'melodic', rosEndpoints: rosEndpointsOf(c) } : { enabled: false },
    }),
  };
  return withConfiguration(doc, c.configuration);
}

/**
 * A Gantry package as the documents the CLI would apply. One component: one document of the package's name, exactly
 * the platform's shape. Several: one document per component, named `<package>-<component>`, each labelled with the
 * package and the component (GANTRY_LABELS) so that `groupPlatformPackages` puts them back together.
 */
export function toPlatformPackages(pkg: PackageResource): PlatformPackageDocument[] {
  const labels = Object.keys(pkg.metadata.labels).length ? pkg.metadata.labels : undefined;
  const [only, ...more] = pkg.spec.components;
  if (only && more.length === 0) return [componentDocument(pkg, only, pkg.metadata.name, labels)];
  return pkg.spec.components.map((c) =>
    componentDocument(pkg, c, `${pkg.metadata.name}-${c.name}`, { ...labels, [GANTRY_LABELS.package]: pkg.metadata.name, [GANTRY_LABELS.component]: c.name }),
  );
}

/**
 * Package documents as Gantry create bodies: documents labelled with the same package (GANTRY_LABELS.package) and
 * version become one package with a component each; every other document is a package of its own.
 */
export function groupPlatformPackages(docs: PlatformPackage[]): CreatePackageBody[] {
  const groups = new Map<string, PlatformPackage[]>();
  for (const doc of docs) {
    const owner = doc.metadata.labels?.[GANTRY_LABELS.package];
    const key = owner ? `${owner}\n${doc.metadata.version}` : `\n${doc.metadata.name}\n${doc.metadata.version}`;
    groups.set(key, [...(groups.get(key) ?? []), doc]);
  }
  return [...groups.values()].map((group) => {
    const [head] = group as [PlatformPackage, ...PlatformPackage[]];
    const body = fromPlatformPackage(head);
    const owner = head.metadata.labels?.[GANTRY_LABELS.package];
    if (!owner) return body;
    return {
      metadata: defined({ ...body.metadata, name: owner, description: undefined }),
      spec: { components: group.map(fromPlatformComponent) },
    };
  });
}

