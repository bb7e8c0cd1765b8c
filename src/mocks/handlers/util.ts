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
  const offset = page.continue ?? 0;
  const end = page.limit === undefined ? all.length : offset + page.limit;
  return listBody(kind, all.slice(offset, end).map(toWire), all.length, end < all.length ? end : undefined);
}

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
