// Documents of every kind in the order `rio apply` creates them: by kind, and deployments after the deployments
// they depend on (the only dependency within one kind).
import { MANIFEST_KINDS, type ManifestKind } from '../vocabulary';
import { dependencyOrder } from './dependency-order';

type Doc = Record<string, unknown>;

const nameOf = (doc: Doc) => String((doc['metadata'] as { name?: unknown } | undefined)?.name ?? '');

export function inApplyOrder(byKind: Record<ManifestKind, readonly Doc[]>): Doc[] {
  const deployments = byKind.Deployment;
  const byName = new Map(deployments.map((d) => [nameOf(d), d]));
  const dependsOn = (d: Doc) =>
    ((d['spec'] as { depends?: { nameOrGUID?: string }[] } | undefined)?.depends ?? []).flatMap((r): Doc[] => {
      const found = byName.get(r.nameOrGUID ?? '');
      return found ? [found] : [];
    });
  const { ordered, left } = dependencyOrder(deployments, dependsOn, (d) => deployments.indexOf(d));
  return [...MANIFEST_KINDS.filter((k) => k !== 'Deployment').flatMap((k) => byKind[k]), ...ordered, ...left];
}
