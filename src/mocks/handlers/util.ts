// Small pieces every resource's handlers use.
import { API_VERSION, TRANSPORT_CODES } from '../../api/contract';
import type { Result } from '../../platform/api';
import type { PlatformHost } from '../host';
import { json, problemResponse, respond } from '../http';

type Resolver<P> = (info: { request: Request; params: P }) => Response | Promise<Response>;

/** Wraps a resolver so an unexpected exception is still answered with a problem, never msw's bare 500. */
export const safe =
  <P>(resolver: Resolver<P>): Resolver<P> =>
  async (info) => {
    try {
      return await resolver(info);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      return problemResponse(500, TRANSPORT_CODES.internal, `The simulated platform failed: ${message}`);
    }
  };

export const listBody = <K extends string, T>(kind: K, items: T[], total = items.length, cont?: number) => ({
  apiVersion: API_VERSION,
  kind,
  metadata: cont === undefined ? { total } : { total, continue: cont },
  items,
});

/**
 * One page of a list: `limit` items from the `continue` offset (all of them without a limit), serialised by `toWire`
 * only once paged. `metadata.continue` is the next page's offset, absent on the last page.
 */
export function pageBody<K extends string, T, W>(kind: K, all: T[], page: { limit?: number; continue?: number }, toWire: (item: T) => W) {
  const { items, total, next } = pageOf(all, page);
  return listBody(kind, items.map(toWire), total, next);
}

/** `limit` items from the `continue` offset (all of them without a limit), the total, and the next page's offset. */
export function pageOf<T>(all: T[], page: { limit?: number; continue?: number }) {
  const offset = page.continue ?? 0;
  const end = page.limit === undefined ? all.length : offset + page.limit;
  return { items: all.slice(offset, end), total: all.length, next: end < all.length ? end : undefined };
}

type Document = { metadata: { name: string; guid?: string } };

/**
 * The documents of `resource` a list query asks for: all of them, unless its names or guids name documents rather
 * than the resource itself, as the SDK does for one component's document.
 */
export const documentsAskedFor = <D extends Document>(docs: D[], resource: { id: string; name: string }, names: string[] | undefined, guids: string[] | undefined) =>
  docs.filter(
    (doc) =>
      (names === undefined || names.some((n) => n === resource.name || n === doc.metadata.name)) &&
      (guids === undefined || guids.some((g) => g === resource.id || g === doc.metadata.guid)),
  );

/** The document an answer carries: the one of `guid`, else the resource's first (a resource has at least one). */
export const documentWithGuid = <D extends Document>(docs: D[], guid: string | undefined) => (docs.find((d) => d.metadata.guid === guid) ?? docs[0]) as D;

/**
 * Changes are for operators. A viewer is refused (403, as the engine would refuse the command) before the request is
 * read, the way a real server authorizes before it validates: whatever the body or the id, the answer is the same.
 */
export const operatorsOnly =
  <P>(host: PlatformHost, resolver: Resolver<P>): Resolver<P> =>
  (info) => {
    const user = host.platform().currentUser();
    if (user.role === 'operator') return resolver(info);
    return problemResponse(403, 'forbidden', `${user.name} is a viewer and cannot change the platform`);
  };

/** A resolver of a change: operators only, and never msw's bare 500. */
export const safeChange = <P>(host: PlatformHost, resolver: Resolver<P>): Resolver<P> => safe(operatorsOnly(host, resolver));

/** Runs an accepted command through persistence and answers it; a refusal becomes a problem. */
export function command<T>(
  host: PlatformHost,
  result: Result<T>,
  ok: (value: T) => Response,
  mapField?: (field: string) => string,
): Response {
  return respond(
    result,
    (value) => {
      host.committed();
      return ok(value);
    },
    mapField,
  );
}

/** `Location` of a created resource: the collection URL plus its id. */
export const locationOf = (request: Request, id: string) => {
  const url = new URL(request.url);
  return `${url.origin}${url.pathname.replace(/\/$/, '')}/${encodeURIComponent(id)}`;
};

export const created = (request: Request, id: string, body: object) => json(body, 201, { Location: locationOf(request, id) });
