// A parsed document read as a resource the CLI applies: its kind, name, key and what it depends on, each
// dependency at the field path that names it (as the platform SDK's `list_dependencies` reads them).
import { MANIFEST_API_VERSIONS, MANIFEST_KINDS, UNMODELLED_MANIFEST_KINDS, type ManifestKind } from '../../vocabulary';
import type { ManifestDocument, ManifestProblem } from './manifest-documents';

export interface Dependency {
  kind: ManifestKind;
  name: string;
  /** A package dependency may ask for one version. */
  version?: string;
  /** Dotted path of the `depends` that names it. */
  path: string;
}

export interface ManifestResource {
  /** `kind:name` as the CLI keys objects (packages add `@version`: each version is its own resource). */
  key: string;
  kind: ManifestKind;
  name: string;
  version?: string;
  body: Record<string, unknown>;
  document: ManifestDocument;
  dependencies: Dependency[];
}

/** A document of a kind the CLI applies but Gantry does not model. */
export interface UnmodelledDocument {
  kind: string;
  name: string;
  document: ManifestDocument;
}

export type ReadDocument =
  | { type: 'resource'; resource: ManifestResource }
  | { type: 'unmodelled'; unmodelled: UnmodelledDocument }
  | { type: 'problems'; problems: ManifestProblem[] };

type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);
const dict = (v: unknown): Dict => (isDict(v) ? v : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : typeof v === 'number' ? String(v) : undefined);

const kindByLowerName = new Map<string, ManifestKind>(MANIFEST_KINDS.map((k) => [k.toLowerCase(), k]));
const unmodelledByLowerName = new Map<string, string>(UNMODELLED_MANIFEST_KINDS.map((k) => [k.toLowerCase(), k]));

export const resourceKey = (kind: ManifestKind, name: string, version?: string) =>
  `${kind.toLowerCase()}:${name}${kind === 'Package' && version !== undefined ? `@${version}` : ''}`;

/** The key a document is known by in messages, whatever its state. */
export const documentLabel = (kind: string, name: string) => `${kind} "${name}"`;

function dependencies(kind: ManifestKind, body: Dict): { found: Dependency[]; missing: string[] } {
  const found: Dependency[] = [];
  const missing: string[] = [];
  const add = (target: ManifestKind, depends: unknown, path: string, version?: unknown) => {
    if (depends === undefined || depends === null) return;
    // The CLI's own examples write both `nameOrGUID` and `nameOrGuid`.
    const name = text(dict(depends)['nameOrGUID'] ?? dict(depends)['nameOrGuid']);
    if (!name) missing.push(`${path}.nameOrGUID`);
    else found.push({ kind: target, name, path, ...(text(version) !== undefined ? { version: text(version)! } : {}) });
  };
  const spec = dict(body['spec']);
  if (kind === 'Package') {
    list(spec['executables']).forEach((exe, i) =>
      add('Secret', dict(dict(dict(exe)['docker'])['pullSecret'])['depends'], `spec.executables.${i}.docker.pullSecret.depends`),
    );
  }
  if (kind === 'Deployment') {
    const depends = dict(body['metadata'])['depends'];
    add('Package', depends, 'metadata.depends', dict(depends)['version']);
    if (spec['runtime'] === 'device') add('Device', dict(spec['device'])['depends'], 'spec.device.depends');
    else list(spec['volumes']).forEach((v, i) => add('Disk', dict(v)['depends'], `spec.volumes.${i}.depends`));
    list(spec['depends']).forEach((d, i) => add('Deployment', d, `spec.depends.${i}`));
    list(spec['rosNetworks']).forEach((n, i) => add('Network', dict(n)['depends'], `spec.rosNetworks.${i}.depends`));
  }
  if ((kind === 'Network' || kind === 'Secret') && spec['runtime'] === 'device') add('Device', spec['depends'], 'spec.depends');
  return { found, missing };
}

/** Reads one document; what keeps it from being a resource is returned as problems at their fields. */
export function readDocument(document: ManifestDocument): ReadDocument {
  const { body, source } = document;
  const problem = (path: string | undefined, message: string, label?: string): ManifestProblem => ({
    source,
    line: path === undefined ? document.line : document.lineOf(path),
    ...(path === undefined ? {} : { path }),
    ...(label ? { document: label } : {}),
    message,
  });
  if (!isDict(body)) return { type: 'problems', problems: [problem(undefined, 'A document is a mapping with apiVersion, kind, metadata and spec.')] };
  const kindText = text(body['kind']);
  const name = text(dict(body['metadata'])['name']);
  const problems: ManifestProblem[] = [];
  if (!kindText) problems.push(problem('kind', 'kind is required.'));
  if (!name) problems.push(problem('metadata.name', 'metadata.name is required.'));
  const kind = kindText ? kindByLowerName.get(kindText.toLowerCase()) : undefined;
  const unmodelled = kindText ? unmodelledByLowerName.get(kindText.toLowerCase()) : undefined;
  if (kindText && !kind && !unmodelled) {
    problems.push(problem('kind', `Unknown kind "${kindText}": expected one of ${[...MANIFEST_KINDS, ...UNMODELLED_MANIFEST_KINDS].join(', ')}.`));
  }
  const apiVersion = body['apiVersion'];
  if (!(MANIFEST_API_VERSIONS as readonly unknown[]).includes(apiVersion)) {
    const given = apiVersion === undefined ? 'apiVersion is required' : `Unknown apiVersion "${String(apiVersion)}"`;
    problems.push(problem('apiVersion', `${given}: expected ${MANIFEST_API_VERSIONS.join(' or ')}.`));
  }
  const label = kindText && name ? documentLabel(kind ?? unmodelled ?? kindText, name) : undefined;
  if (problems.length > 0 || !name) return { type: 'problems', problems: problems.map((p) => (label ? { ...p, document: label } : p)) };
  if (!kind) return { type: 'unmodelled', unmodelled: { kind: unmodelled!, name, document } };
  const version = kind === 'Package' ? text(dict(body['metadata'])['version']) : undefined;
  if (kind === 'Package' && version === undefined) problems.push(problem('metadata.version', 'metadata.version is required.', label));
  const { found, missing } = dependencies(kind, body);
  for (const path of missing) problems.push(problem(path, 'The name or id of what this depends on is required.', label));
  if (problems.length > 0) return { type: 'problems', problems };
  return {
    type: 'resource',
    resource: { key: resourceKey(kind, name, version), kind, name, ...(version !== undefined ? { version } : {}), body, document, dependencies: found },
  };
}
