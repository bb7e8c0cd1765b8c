// The platform's Deployment: one package (one component) on the cloud or on one device, and how it maps to Gantry's
// deployment body and back. Fields Gantry does not simulate travel in the deployment's `spec.configuration`.
import { z } from 'zod';
import { RESTART_POLICIES, RUNTIMES, type Runtime } from '../../../vocabulary';
import type { CreateDeploymentBody } from '../deployment-requests';
import type { DeploymentResource } from '../deployment';
import {
  GANTRY_LABELS,
  PLATFORM_MANIFEST_VERSION,
  configurationOf,
  defined,
  envelope,
  platformDepends,
  platformMetadata,
  userLabels,
  withConfiguration,
  type Configuration,
} from './common';
import { componentNameOf } from './package';

/** The environment variable that carries a ROS component's alias on its routed network. */
export const ROS_ALIAS_ENV = 'RIO_ROS_ENV_ALIAS';

const volume = z.looseObject({
  execName: z.string().optional(),
  mountPath: z.string({ error: 'A volume needs a mountPath' }).min(1, 'A volume needs a mountPath'),
  subPath: z.string().optional(),
  depends: platformDepends('disk').optional(),
});

const deploymentSpec = z
  .looseObject({
    runtime: z.enum(RUNTIMES, { error: 'runtime is device or cloud' }),
    device: z.looseObject({ depends: platformDepends('device') }).optional(),
    restart: z.enum(RESTART_POLICIES, { error: `restart is one of ${RESTART_POLICIES.join(', ')}` }).optional(),
    depends: z.array(platformDepends('deployment').and(z.looseObject({ wait: z.boolean().optional() }))).optional(),
    envArgs: z.array(z.looseObject({ name: z.string().min(1, 'An envArg needs a name'), value: z.string().optional() })).optional(),
    volumes: z.array(volume).optional(),
    rosNetworks: z
      .array(z.looseObject({ depends: platformDepends('network'), domainID: z.number().int().optional(), interface: z.string().optional() }))
      .max(1, 'Gantry routes a deployment through one routed network; give at most one')
      .optional(),
  })
  .superRefine((spec, ctx) => {
    if (spec.runtime === 'cloud' && spec.device) ctx.addIssue({ code: 'custom', path: ['device'], message: "'device' is for device deployments (runtime: device)" });
    if (spec.runtime === 'cloud' && spec.restart) ctx.addIssue({ code: 'custom', path: ['restart'], message: 'A cloud deployment always restarts; restart is for device deployments' });
    spec.volumes?.forEach((v, i) => {
      if (spec.runtime === 'cloud' && !v.depends) ctx.addIssue({ code: 'custom', path: ['volumes', i, 'depends'], message: 'A cloud volume names its disk in depends' });
    });
  });

export const platformDeployment = envelope(
  'Deployment',
  platformMetadata.extend({
    depends: platformDepends('package').and(z.looseObject({ version: z.string().trim().min(1, 'version is empty').optional() })),
  }),
  deploymentSpec,
);
export type PlatformDeployment = z.output<typeof platformDeployment>;
export type PlatformDeploymentDocument = z.input<typeof platformDeployment>;

/** The components of the package a deployment names, as far as the codec needs them. */
export type PackageComponents = { name: string; runtime: Runtime }[];

const KNOWN_SPEC_KEYS = new Set(['runtime', 'device', 'restart', 'depends', 'envArgs', 'volumes', 'rosNetworks']);
const onlyKeys = (value: object, keys: string[]) => Object.keys(value).every((k) => keys.includes(k));

/** The fields of a deployment document its configuration reads: a document as the codec parsed it, or as served. */
interface ConfiguredDocument {
  metadata: { region?: string | undefined };
  spec: {
    envArgs?: { name: string }[] | undefined;
    depends?: Record<string, unknown>[] | undefined;
    volumes?: Record<string, unknown>[] | undefined;
    rosNetworks?: object[] | undefined;
  };
}

/** What of a deployment document Gantry keeps without simulating it, by its path in the document. */
export function deploymentConfiguration(doc: ConfiguredDocument): Configuration | undefined {
  const { spec } = doc;
  const envArgs = spec.envArgs?.filter((e) => e.name !== ROS_ALIAS_ENV);
  return configurationOf({
    'metadata.region': doc.metadata.region,
    'spec.envArgs': envArgs?.length ? spec.envArgs : undefined,
    'spec.depends': spec.depends?.some((d) => d.wait !== undefined) ? spec.depends : undefined,
    // Subpaths, device volumes and executables' own mounts are kept as given: Gantry mounts a disk on a component.
    'spec.volumes': spec.volumes?.some((v) => !v.depends || !onlyKeys(v, ['execName', 'mountPath', 'depends'])) ? spec.volumes : undefined,
    'spec.rosNetworks': spec.rosNetworks?.some((n) => !onlyKeys(n, ['depends'])) ? spec.rosNetworks : undefined,
    ...Object.fromEntries(Object.entries(spec).filter(([k]) => !KNOWN_SPEC_KEYS.has(k)).map(([k, v]) => [`spec.${k}`, v])),
  });
}

/** The component a document deploys: the one its label names, the only one of its runtime in the package, or by name. */
function componentOf(doc: PlatformDeployment, components: PackageComponents | undefined): string {
  const labelled = doc.metadata.labels?.[GANTRY_LABELS.component];
  if (labelled) return labelled;
  const candidates = components?.filter((c) => c.runtime === doc.spec.runtime) ?? [];
  return candidates.length === 1 && candidates[0] ? candidates[0].name : componentNameOf(doc.metadata.depends.nameOrGUID);
}

const ownLabels = (labels: Record<string, string> | undefined) => {
  const own = userLabels(labels);
  return Object.keys(own).length ? own : undefined;
};

type ComponentEntry = NonNullable<NonNullable<CreateDeploymentBody['spec']>['components']>[string];

function componentEntry(doc: PlatformDeployment): ComponentEntry {
  const alias = doc.spec.envArgs?.find((e) => e.name === ROS_ALIAS_ENV)?.value;
  return defined({ device: doc.spec.device && { depends: doc.spec.device.depends }, restart: doc.spec.restart, alias: alias || undefined });
}

/**
 * A deployment document as Gantry's create body. `components` (the package's, when known) says which component the
 * document deploys; without it, the component is the one of the label, else named after the package.
 */
export function fromPlatformDeployment(doc: PlatformDeployment, components?: PackageComponents): CreateDeploymentBody {
  const { metadata, spec } = doc;
  const component = componentOf(doc, components);
  const entry = componentEntry(doc);
  return {
    metadata: defined({
      name: metadata.name,
      labels: ownLabels(metadata.labels),
      depends: defined({ kind: 'package', nameOrGUID: metadata.labels?.[GANTRY_LABELS.package] ?? metadata.depends.nameOrGUID, version: metadata.depends.version }),
    }),
    spec: defined({
      components: Object.keys(entry).length ? { [component]: entry } : undefined,
      rosNetworks: spec.rosNetworks?.map((n) => ({ depends: n.depends })),
      depends: spec.depends?.map((d) => ({ kind: 'deployment', nameOrGUID: d.nameOrGUID })),
      volumes: spec.volumes?.flatMap((v) => (v.depends ? [{ component, mountPath: v.mountPath, depends: v.depends }] : [])),
      configuration: deploymentConfiguration(doc),
    }),
  };
}

/**
 * Where a field of Gantry's deployment body is in the platform's document: a refusal of the body names the document's
 * field (`spec.components.nav.device.depends.nameOrGUID` → `spec.device.depends.nameOrGUID`).
 */
export function platformDeploymentPath(doc: PlatformDeployment, path: string): string {
  const component = /^spec\.components\.[^.]+(?:\.(.*))?$/.exec(path);
  if (component) {
    const part = component[1];
    if (part === undefined) return 'spec.runtime';
    if (part.startsWith('device')) return 'spec.device.depends.nameOrGUID';
    if (part === 'alias') return `spec.envArgs[${doc.spec.envArgs?.findIndex((e) => e.name === ROS_ALIAS_ENV) ?? 0}].value`;
    return `spec.${part}`;
  }
  const volume = /^spec\.volumes\.(\d+)(?:\.(.*))?$/.exec(path);
  if (volume) {
    const withDisk = (doc.spec.volumes ?? []).flatMap((v, i) => (v.depends ? [i] : []));
    const index = withDisk[Number(volume[1])] ?? Number(volume[1]);
    const part = volume[2] === 'component' ? 'execName' : volume[2];
    return `spec.volumes[${index}]${part ? `.${part}` : ''}`;
  }
  if (path === 'spec.components') return 'spec.runtime';
  return path.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
}

/** Names of resources a Gantry resource refers to by guid; the export writes names where it knows them. */
export type NameOf = (kind: 'device' | 'network' | 'disk' | 'deployment', guid: string) => string | undefined;

type Component = DeploymentResource['spec']['components'][number];

function deploymentDocument(dep: DeploymentResource, c: Component, multi: boolean, nameOf: NameOf): PlatformDeploymentDocument {
  const ref = <K extends 'device' | 'network' | 'disk' | 'deployment'>(kind: K, guid: string) => ({ kind, nameOrGUID: nameOf(kind, guid) ?? guid });
  const own = Object.keys(dep.metadata.labels).length ? dep.metadata.labels : undefined;
  const labels = multi ? { ...own, [GANTRY_LABELS.deployment]: dep.metadata.name, [GANTRY_LABELS.package]: dep.metadata.depends.name, [GANTRY_LABELS.component]: c.name } : own;
  const firstExecutable = c.executables[0]?.name;
  const doc = {
    apiVersion: PLATFORM_MANIFEST_VERSION,
    kind: 'Deployment' as const,
    metadata: defined({
      name: multi ? `${dep.metadata.name}-${c.name}` : dep.metadata.name,
      depends: { kind: 'package', nameOrGUID: multi ? `${dep.metadata.depends.name}-${c.name}` : dep.metadata.depends.name, version: dep.metadata.depends.version },
      labels,
    }),
    spec: defined({
      runtime: c.runtime,
      device: c.device && { depends: ref('device', c.device.depends.nameOrGUID) },
      restart: c.runtime === 'device' ? c.restart : undefined,
      depends: dep.spec.depends.length ? dep.spec.depends.map((d) => ref('deployment', d.nameOrGUID)) : undefined,
      envArgs: c.alias ? [{ name: ROS_ALIAS_ENV, value: c.alias }] : undefined,
      volumes: nonEmpty(
        dep.spec.volumes.filter((v) => v.component === c.name).map((v) => defined({ execName: firstExecutable, mountPath: v.mountPath, depends: ref('disk', v.depends.nameOrGUID) })),
      ),
      rosNetworks: nonEmpty(dep.spec.rosNetworks.map((n) => ({ depends: ref('network', n.depends.nameOrGUID) }))),
    }),
  };
  return withConfiguration(doc, dep.spec.configuration);
}

const nonEmpty = <T>(list: T[]): T[] | undefined => (list.length ? list : undefined);

/**
 * A Gantry deployment as the documents the CLI would apply. Of a one-component package: one document of the
 * deployment's name, exactly the platform's shape. Of several: one document per component, `<deployment>-<component>`
 * on package `<package>-<component>` (as toPlatformPackages names it), labelled so that `groupPlatformDeployments`
 * puts them back together.
 */
export function toPlatformDeployments(dep: DeploymentResource, nameOf: NameOf = () => undefined): PlatformDeploymentDocument[] {
  const multi = dep.spec.components.length > 1;
  return dep.spec.components.map((c) => deploymentDocument(dep, c, multi, nameOf));
}

/**
 * Deployment documents as Gantry create bodies: documents labelled with the same deployment (GANTRY_LABELS.deployment)
 * become one deployment of the labelled package, a component each; every other document is a deployment of its own.
 */
export function groupPlatformDeployments(docs: PlatformDeployment[], componentsOf?: (pkg: string) => PackageComponents | undefined): CreateDeploymentBody[] {
  const groups = new Map<string, PlatformDeployment[]>();
  for (const doc of docs) {
    const owner = doc.metadata.labels?.[GANTRY_LABELS.deployment];
    const key = owner ? `${owner}` : `\n${doc.metadata.name}`;
    groups.set(key, [...(groups.get(key) ?? []), doc]);
  }
  return [...groups.values()].map((group) => {
    const [head] = group as [PlatformDeployment, ...PlatformDeployment[]];
    const owner = head.metadata.labels?.[GANTRY_LABELS.deployment];
    const body = fromPlatformDeployment(head, componentsOf?.(head.metadata.depends.nameOrGUID));
    if (!owner) return body;
    const bodies = group.map((doc) => fromPlatformDeployment(doc));
    return {
      metadata: { ...body.metadata, name: owner },
      spec: defined({
        ...body.spec,
        components: Object.assign({}, ...bodies.map((b) => b.spec?.components ?? {})) as Record<string, ComponentEntry>,
        volumes: nonEmpty(bodies.flatMap((b) => b.spec?.volumes ?? [])),
      }),
    };
  });
}
