// The plan: what applying the checked manifests would do to each resource, found by asking the platform for each
// one by name (through the resource endpoints only, so it holds against any platform that serves them).
import type { ManifestGateway } from '../../api/manifests/gateway-types';
import type { ManifestKind } from '../../vocabulary';
import type { CheckedManifests } from './manifest-checks';
import type { ManifestProblem } from './manifest-documents';
import { documentLabel, type Dependency, type ManifestResource } from './manifest-resources';
import { firstDifference } from './document-diff';

export type PlanAction = 'Create' | 'Update' | 'Unchanged' | 'Refused';

export interface PlanRow {
  key: string;
  kind: string;
  name: string;
  action: PlanAction;
  message: string;
  /** Absent for a kind Gantry does not model. */
  resource?: ManifestResource;
}

export type { ManifestGateway };

export interface ApplyPlan {
  rows: PlanRow[];
  /** Problems found on the platform (a dependency that is nowhere): like the files' own problems, they stop Apply. */
  problems: ManifestProblem[];
}

const versionOf = (doc: unknown) => {
  const version = (doc as { metadata?: { version?: unknown } } | null)?.metadata?.version;
  return version === undefined ? undefined : String(version);
};

const matching = (docs: unknown[] | undefined, version?: string) =>
  (docs ?? []).filter((doc) => version === undefined || versionOf(doc) === version);

async function lookUp(gateway: ManifestGateway, wanted: { kind: ManifestKind; name: string }[]) {
  const names = new Map<ManifestKind, Set<string>>();
  for (const { kind, name } of wanted) names.set(kind, (names.get(kind) ?? new Set()).add(name));
  const found = new Map<string, unknown[]>();
  await Promise.all(
    [...names].map(async ([kind, set]) => {
      for (const [name, docs] of await gateway.find(kind, [...set])) found.set(`${kind}:${name}`, docs);
    }),
  );
  return (kind: ManifestKind, name: string, version?: string) => matching(found.get(`${kind}:${name}`), version);
}

function missingDependency(resource: ManifestResource, d: Dependency): ManifestProblem {
  const version = d.version === undefined ? '' : ` version ${d.version}`;
  return {
    source: resource.document.source,
    line: resource.document.lineOf(d.path),
    path: d.path,
    document: documentLabel(resource.kind, resource.name),
    message: `${documentLabel(d.kind, d.name)}${version} is neither in these manifests nor on the platform.`,
  };
}

function rowFor(resource: ManifestResource, existing: unknown[], gateway: ManifestGateway): PlanRow {
  const base = { key: resource.key, kind: resource.kind, name: resource.name, resource };
  const label = documentLabel(resource.kind, resource.name) + (resource.version === undefined ? '' : ` version ${resource.version}`);
  const current = existing[0];
  if (current === undefined) return { ...base, action: 'Create', message: `${label} will be created.` };
  const differs = firstDifference(gateway.normalize(resource.kind, resource.body), current);
  if (differs === undefined) return { ...base, action: 'Unchanged', message: `${label} is already on the platform as written.` };
  if (gateway.updatable.includes(resource.kind)) return { ...base, action: 'Update', message: `${label} will be updated (${differs} differs).` };
  const advice = resource.kind === 'Package' ? 'give the package a new version' : `delete the ${resource.kind.toLowerCase()} first or give the document another name`;
  return { ...base, action: 'Refused', message: `${label} exists and differs at ${differs}; the platform does not change a ${resource.kind} in place: ${advice}.` };
}

export async function planApply(checked: CheckedManifests, gateway: ManifestGateway): Promise<ApplyPlan> {
  const find = await lookUp(gateway, [...checked.ordered, ...checked.external.map((e) => e.dependency)]);
  const problems = checked.external
    .filter(({ dependency: d }) => find(d.kind, d.name, d.version).length === 0)
    .map(({ resource, dependency }) => missingDependency(resource, dependency));
  const rows: PlanRow[] = checked.ordered.map((resource) => rowFor(resource, find(resource.kind, resource.name, resource.version), gateway));
  for (const { kind, name } of checked.unmodelled) {
    rows.push({ key: `${kind.toLowerCase()}:${name}`, kind, name, action: 'Refused', message: `Gantry does not model ${kind} resources: ${documentLabel(kind, name)} is not applied.` });
  }
  return { rows, problems };
}
