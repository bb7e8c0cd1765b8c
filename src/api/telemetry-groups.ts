// The platform's documents put together by the telemetry that names them: one console resource per telemetry
// entry, in the order it names its documents. Shared by the deployment and package views and their readers.

/** What a telemetry entry says of the resource it describes: its guid, and its documents' guids in order. */
interface Naming {
  metadata: { guid: string };
  documents: { guid: string }[];
}

export type NonEmpty<T> = [T, ...T[]];

/** `docs` in the order `telemetry` names them (any it does not name left out); `fallback` alone when it names none. */
export function inTelemetryOrder<D>(telemetry: Naming, docs: D[], guidOf: (doc: D) => string | undefined, fallback: D): NonEmpty<D> {
  const byGuid = new Map(docs.map((d) => [guidOf(d), d]));
  const ordered = telemetry.documents.flatMap((d) => byGuid.get(d.guid) ?? []);
  return ordered.length ? (ordered as NonEmpty<D>) : [fallback];
}

/**
 * Documents grouped into resources: the documents a telemetry entry names make one resource, in the order the list
 * gave the first of them; every other document is a resource of its own.
 */
export function groupByTelemetry<D, T extends Naming, V>(
  docs: D[],
  telemetry: T[],
  guidOf: (doc: D) => string | undefined,
  build: (docs: NonEmpty<D>, telemetry?: T) => V,
): V[] {
  const ownerOf = new Map<string, T>();
  for (const t of telemetry) for (const d of t.documents) ownerOf.set(d.guid, t);
  const groups = new Map<string, { telemetry?: T; docs: D[] }>();
  docs.forEach((doc, i) => {
    const guid = guidOf(doc);
    const owner = guid === undefined ? undefined : ownerOf.get(guid);
    const key = owner ? `t:${owner.metadata.guid}` : `d:${guid ?? i}`;
    const group = groups.get(key) ?? { ...(owner ? { telemetry: owner } : {}), docs: [] };
    group.docs.push(doc);
    groups.set(key, group);
  });
  return [...groups.values()].map(({ docs: group, telemetry: t }) =>
    t ? build(inTelemetryOrder(t, group, guidOf, group[0] as D), t) : build(group as NonEmpty<D>),
  );
}

/** A page's list metadata: the next offset as served, `total` from the telemetry, else what the page shows. */
export function pageMetadata(more: number | undefined, total: number | undefined, offset: number, shown: number) {
  return { ...(more === undefined ? {} : { continue: more }), total: total ?? offset + shown + (more === undefined ? 0 : 1) };
}
