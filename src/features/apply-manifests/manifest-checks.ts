// Everything that can be known about manifests before asking the platform: syntax, kinds, names, duplicates,
// dependencies among the files and their order. Any problem here means nothing is applied.
import { orderResources, type ExternalDependency } from './apply-order';
import { readManifests, type ManifestProblem, type ManifestSource } from './manifest-documents';
import { runAtOnce, runInSlices } from './run-in-slices';
import { documentLabel, readDocument, type ManifestResource, type UnmodelledDocument } from './manifest-resources';

export interface CheckedManifests {
  /** Resources in the order they are applied. */
  ordered: ManifestResource[];
  unmodelled: UnmodelledDocument[];
  external: ExternalDependency[];
  problems: ManifestProblem[];
  /** How many documents the sources hold. */
  documentCount: number;
}

/** The checks, pausing after each document so they can run in slices. */
function* checking(sources: readonly ManifestSource[]): Generator<void, CheckedManifests> {
  const parsed = yield* readManifests(sources, { documents: [], problems: [] });
  const problems = [...parsed.problems];
  const resources: ManifestResource[] = [];
  const unmodelled: UnmodelledDocument[] = [];
  const firstOf = new Map<string, ManifestResource>();
  for (const document of parsed.documents) {
    const read = readDocument(document);
    if (read.type === 'problems') problems.push(...read.problems);
    else if (read.type === 'unmodelled') unmodelled.push(read.unmodelled);
    else {
      const { resource } = read;
      const first = firstOf.get(resource.key);
      if (first) {
        const version = resource.version === undefined ? '' : ` version ${resource.version}`;
        problems.push({
          source: document.source,
          line: document.lineOf('metadata.name'),
          path: 'metadata.name',
          document: documentLabel(resource.kind, resource.name),
          message: `Duplicate ${documentLabel(resource.kind, resource.name)}${version}: already defined in ${first.document.source} at line ${first.document.lineOf('metadata.name')}.`,
        });
      } else {
        firstOf.set(resource.key, resource);
        resources.push(resource);
      }
    }
    yield;
  }
  const order = orderResources(resources);
  const sourceIndex = new Map(sources.map((s, i) => [s.name, i]));
  const byPlace = (a: ManifestProblem, b: ManifestProblem) => (sourceIndex.get(a.source) ?? 0) - (sourceIndex.get(b.source) ?? 0) || a.line - b.line;
  problems.push(...order.problems);
  return {
    ordered: order.ordered,
    unmodelled,
    external: order.external,
    problems: problems.sort(byPlace),
    documentCount: parsed.documents.length,
  };
}

export const checkManifests = (sources: readonly ManifestSource[]): CheckedManifests => runAtOnce(checking(sources));

/** The same checks, letting the page paint and answer input between slices: 2,000 documents take a while (#13). */
export const checkManifestsInSlices = (sources: readonly ManifestSource[]): Promise<CheckedManifests> => runInSlices(checking(sources));
