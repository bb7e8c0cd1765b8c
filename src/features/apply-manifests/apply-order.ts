// The order `rio apply` follows: a resource comes after everything it depends on in the same files; among those
// ready together, secrets, devices, disks, networks, packages, then deployments, each in document order.
// Dependencies on resources not in the files are left for the plan to look up on the platform.
import { dependencyOrder } from '../../lib/dependency-order';
import { MANIFEST_KINDS } from '../../vocabulary';
import type { ManifestProblem } from './manifest-documents';
import { documentLabel, type Dependency, type ManifestResource } from './manifest-resources';

export interface ExternalDependency {
  resource: ManifestResource;
  dependency: Dependency;
}

export interface ApplyOrder {
  ordered: ManifestResource[];
  /** Dependencies the files do not hold: they must already be on the platform. */
  external: ExternalDependency[];
  problems: ManifestProblem[];
}

const rank = (r: ManifestResource) => MANIFEST_KINDS.indexOf(r.kind) * 1e9 + r.document.index;

function providers(resources: readonly ManifestResource[]) {
  const byName = new Map<string, ManifestResource[]>();
  for (const r of resources) {
    const key = `${r.kind}:${r.name}`;
    byName.set(key, [...(byName.get(key) ?? []), r]);
  }
  // A package dependency without a version waits for every version of that name in the files.
  return (d: Dependency) => (byName.get(`${d.kind}:${d.name}`) ?? []).filter((r) => d.version === undefined || r.version === d.version);
}

const problemAt = (r: ManifestResource, path: string, message: string): ManifestProblem => ({
  source: r.document.source,
  line: r.document.lineOf(path),
  path,
  document: documentLabel(r.kind, r.name),
  message,
});

/** Each cycle among `left` (resources whose dependencies never all came first), reported once at every member. */
function cycleProblems(left: Set<ManifestResource>, edges: Map<ManifestResource, { to: ManifestResource; path: string }[]>) {
  const problems: ManifestProblem[] = [];
  const done = new Set<ManifestResource>();
  const sorted = [...left].sort((a, b) => a.document.index - b.document.index);
  for (const start of sorted) {
    if (done.has(start)) continue;
    // Walk dependencies inside `left` until a resource repeats: every resource left waits on another one left.
    const trail: ManifestResource[] = [];
    const seen = new Map<ManifestResource, number>();
    let at: ManifestResource | undefined = start;
    while (at && !seen.has(at) && !done.has(at)) {
      seen.set(at, trail.length);
      trail.push(at);
      at = edges.get(at)?.find((e) => left.has(e.to))?.to;
    }
    trail.forEach((r) => done.add(r));
    if (!at || !seen.has(at)) continue;
    const cycle = trail.slice(seen.get(at));
    const words = [...cycle, cycle[0]!].map((r) => documentLabel(r.kind, r.name)).join(' → ');
    cycle.forEach((r, i) => {
      const next = cycle[(i + 1) % cycle.length]!;
      const edge = edges.get(r)!.find((e) => e.to === next)!;
      problems.push(problemAt(r, edge.path, `Dependency cycle: ${words}.`));
    });
  }
  return problems;
}

export function orderResources(resources: readonly ManifestResource[]): ApplyOrder {
  const find = providers(resources);
  const external: ExternalDependency[] = [];
  const edges = new Map<ManifestResource, { to: ManifestResource; path: string }[]>();
  for (const r of resources) {
    const own: { to: ManifestResource; path: string }[] = [];
    for (const d of r.dependencies) {
      const found = find(d);
      if (found.length === 0) external.push({ resource: r, dependency: d });
      for (const to of found) own.push({ to, path: d.path });
    }
    edges.set(r, own);
  }
  const { ordered, left } = dependencyOrder(resources, (r) => edges.get(r)!.map((e) => e.to), rank);
  return { ordered, external, problems: left.length > 0 ? cycleProblems(new Set(left), edges) : [] };
}
