// The fetch client: relative paths resolve under the app's base URL; every response is parsed with the contract.
import type { z } from 'zod';
import type * as Contract from './contract';
import { ApiError } from './api-error';
import { isUnreachableStatus, recordRequest } from './connection';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

/** Where `api/...` paths resolve: the app's base URL (Vite `BASE_URL`) on the page's origin. */
export function apiBaseUrl(): string {
  const base = import.meta.env.BASE_URL || '/';
  const origin = typeof window !== 'undefined' && window.location?.origin ? window.location.origin : 'http://localhost';
  return new URL(base.endsWith('/') ? base : `${base}/`, origin).toString();
}

export const resolveApiUrl = (path: string, base = apiBaseUrl()) => new URL(path.replace(/^\//, ''), base).toString();

// Requests wait for the backend to say it is listening. A real backend is there from the start; the in-browser
// platform answers only once its service worker runs, and the shell must not wait for that to paint.
// Once it listens there is nothing to wait for, and a request leaves in the call that makes it, not a microtask later:
// a request made while a keystroke renders would otherwise wait for the whole render and its commit.
let backendReady: Promise<void> | undefined;

/** Hold every request until `backend` settles; a backend that fails to start fails the held requests. */
export function holdRequestsUntil(backend: Promise<unknown>): void {
  const ready: Promise<void> = backend.then(() => {
    // A later hold is still waited for.
    if (backendReady === ready) backendReady = undefined;
  });
  backendReady = ready;
  // The failure is reported by whoever awaits `backend`; held requests see it as a network error.
  ready.catch(() => undefined);
}

type Schemas = typeof Contract;
/** A response schema of the wire contract, by its exported name (`'deploymentList'`). */
export type SchemaName = { [K in keyof Schemas]: Schemas[K] extends z.ZodType ? K : never }[keyof Schemas];
/** What a request parses its answer with: a contract schema by name, or any zod schema. */
export type ResponseSchema = SchemaName | z.ZodType;
export type ResponseOf<S extends ResponseSchema> = S extends SchemaName ? z.output<Schemas[S]> : S extends z.ZodType ? z.output<S> : never;

// The contract's schemas (and zod with them) load with the first request, not with the shell: that request waits
// for the platform anyway, and the shell paints sooner without them.
let contract: Promise<Schemas> | undefined;
const loadContract = () =>
  (contract ??= import('./contract').catch((e: unknown) => {
    contract = undefined;
    throw e;
  }));

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function errorFrom(response: Response, body: unknown, { problem }: Schemas): ApiError {
  const parsed = problem.safeParse(body);
  if (parsed.success) return ApiError.fromProblem(parsed.data);
  return new ApiError({
    status: response.status,
    code: `http-${response.status}`,
    message: `The server answered ${response.status} ${response.statusText || ''}`.trim() + '.',
  });
}

export async function apiRequest<S extends ResponseSchema>(schema: S, path: string, options: RequestOptions = {}): Promise<ResponseOf<S>> {
  const { method = 'GET', body, signal } = options;
  const schemas = loadContract();
  // A failed fetch is reported first; the schemas' own failure then has no one waiting for it.
  schemas.catch(() => undefined);
  let response: Response;
  let started: number;
  try {
    if (backendReady) await backendReady;
    started = performance.now();
    response = await fetch(resolveApiUrl(path), {
      method,
      headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(signal ? { signal } : {}),
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    recordRequest(path, { ok: false });
    throw new ApiError({ status: 0, code: 'network-error', message: 'The platform could not be reached. Check your connection and try again.' });
  }
  const json = await readJson(response);
  recordRequest(path, isUnreachableStatus(response.status) ? { ok: false } : { ok: true, ms: performance.now() - started });
  const contract = await schemas;
  if (!response.ok) throw errorFrom(response, json, contract);
  const parsed = (typeof schema === 'string' ? (contract[schema as SchemaName] as z.ZodType) : (schema as z.ZodType)).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? ` at ${issue.path.join('.') || 'the top level'}: ${issue.message}` : '';
    throw new ApiError({ status: response.status, code: 'invalid-response', message: `Unexpected response from ${method} ${path}${where}` });
  }
  return parsed.data as ResponseOf<S>;
}

/** A file the API serves (not JSON): its content and the name its `Content-Disposition` gives, if any. */
export async function apiFile(path: string): Promise<{ content: Blob; fileName?: string }> {
  let response: Response;
  try {
    if (backendReady) await backendReady;
    response = await fetch(resolveApiUrl(path));
  } catch {
    throw new ApiError({ status: 0, code: 'network-error', message: 'The platform could not be reached. Check your connection and try again.' });
  }
  if (!response.ok) throw errorFrom(response, await readJson(response), await loadContract());
  const fileName = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  const content = await response.blob();
  return fileName === undefined ? { content } : { content, fileName };
}

export const api = {
  get: <S extends ResponseSchema>(schema: S, path: string, signal?: AbortSignal) => apiRequest(schema, path, signal ? { signal } : {}),
  post: <S extends ResponseSchema>(schema: S, path: string, body?: unknown) => apiRequest(schema, path, { method: 'POST', body }),
  put: <S extends ResponseSchema>(schema: S, path: string, body: unknown) => apiRequest(schema, path, { method: 'PUT', body }),
  patch: <S extends ResponseSchema>(schema: S, path: string, body: unknown) => apiRequest(schema, path, { method: 'PATCH', body }),
  delete: <S extends ResponseSchema>(schema: S, path: string) => apiRequest(schema, path, { method: 'DELETE' }),
};
