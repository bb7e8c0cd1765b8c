// Request parsing and problem+json responses shared by every handler.
import { HttpResponse } from 'msw';
import type { z } from 'zod';
import { INPUT_LIMITS, PROBLEM_CONTENT_TYPE, TRANSPORT_CODES, cutInput, echo, problemType, shortenEchoes } from '../api/contract';
import type { Problem } from '../api/contract';
import type { DomainError, Result } from '../platform/api';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function problemResponse(
  status: number,
  code: string,
  detail: string,
  extra: { field?: string; issues?: Problem['issues'] } = {},
): HttpResponse<Problem> {
  const body: Problem = { type: problemType(code), title: TITLES[status] ?? 'Error', status, detail, code, ...extra };
  return HttpResponse.json(body, { status, headers: { 'Content-Type': PROBLEM_CONTENT_TYPE } });
}

const utf8 = new TextEncoder();

/**
 * A JSON answer. Encoded here rather than by `HttpResponse.json`, which sizes the body for `Content-Length` by
 * copying it into a `Blob`: a page of a list is over 100 kB, and handlers run on the page's own thread.
 */
export function json(body: object, status = 200, headers?: Record<string, string>) {
  const bytes = utf8.encode(JSON.stringify(body));
  const init = { status, headers: { 'Content-Type': 'application/json', 'Content-Length': String(bytes.byteLength), ...headers } };
  return new HttpResponse(bytes, init);
}

const STATUS_OF_KIND: Record<DomainError['kind'], number> = {
  invalid: 422,
  'not-found': 404,
  forbidden: 403,
  conflict: 409,
};

/**
 * Refusals that depend on the resource's current state (its phase), not on the request: 409 Conflict, whatever
 * class the engine gives them, so a client knows the same request can succeed later.
 */
const STATE_CONFLICTS = new Set<string>(['update-not-allowed', 'update-in-progress', 'deprovision-not-allowed']);

export const statusOf = (error: DomainError) => (STATE_CONFLICTS.has(error.code) ? 409 : STATUS_OF_KIND[error.kind]);

/** A refused engine command as a problem; `mapField` rewrites the engine's field path to the wire's. */
export function domainProblem(error: DomainError, mapField: (field: string) => string = (f) => f) {
  const detail = shortenEchoes(error.message);
  return problemResponse(statusOf(error), error.code, detail, error.field ? { field: mapField(error.field) } : {});
}

/** A refusal about something named in the URL path: an unknown one is 404 even when the engine calls it bad input. */
export function pathProblem(error: DomainError) {
  return error.code.startsWith('unknown-') ? problemResponse(404, error.code, shortenEchoes(error.message)) : domainProblem(error);
}

export function notFound(what: string, id: string, code: string) {
  return problemResponse(404, code, `There is no ${what} with id or name ${echo(id)}.`);
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; response: HttpResponse<Problem> };

// A path segment can be a key the caller chose (a label's), so each is cut short.
const issuePath = (issue: z.core.$ZodIssue) => issue.path.map((segment) => cutInput(String(segment))).join('.');
const issueMessage = (issue: z.core.$ZodIssue, field: string) => {
  const where = field || 'body';
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) return `${where} is required`;
  // A key that breaks its rule (too long): say how, not only that the key is invalid.
  if (issue.code === 'invalid_key' && issue.issues[0]) return `${where}: ${issue.issues[0].message}`;
  return `${where}: ${issue.message}`;
};

function invalid(error: z.ZodError, code: string, what: string, mapPath: (path: string) => string = (p) => p): HttpResponse<Problem> {
  const issues = error.issues.map((issue) => {
    const field = mapPath(issuePath(issue));
    return { field, message: issueMessage(issue, field) };
  });
  return issuesProblem(issues, code, what);
}

/** A 400 problem listing every issue, the first one's field as the problem's `field`. */
export function issuesProblem(issues: { field: string; message: string }[], code: string, what: string): HttpResponse<Problem> {
  const first = issues[0];
  const detail = first ? `${first.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}` : `Invalid ${what}`;
  return problemResponse(400, code, detail, { ...(first?.field ? { field: first.field } : {}), issues });
}

/** `application/json`, with no charset or UTF-8 (JSON text is UTF-8, RFC 8259). */
export function isJsonMediaType(contentType: string | null): boolean {
  const [type = '', ...params] = (contentType ?? '').split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((param) => !param.startsWith('charset=') || /^charset="?utf-8"?$/.test(param));
}

/**
 * Reads and validates a JSON body: a body over the size limit is 413, one of another media type 415, bad JSON and
 * schema violations become 400 problems naming the field. A missing body is 400 whatever its declared type.
 */
export async function readBody<S extends z.ZodType>(request: Request, schema: S): Promise<Parsed<z.output<S>>> {
  const raw = await readJson(request);
  return raw.ok ? validateBody(raw.value, schema) : raw;
}

/** A body checked against a schema; `mapPath` names each issue's field as the caller wrote the body. */
export function validateBody<S extends z.ZodType>(raw: unknown, schema: S, mapPath?: (path: string) => string): Parsed<z.output<S>> {
  const parsed = schema.safeParse(raw);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, response: invalid(parsed.error, TRANSPORT_CODES.invalidBody, 'body', mapPath) };
}

/** The body as JSON, with readBody's size, media type and syntax checks. */
export async function readJson(request: Request): Promise<Parsed<unknown>> {
  const text = await request.text();
  const { bodyBytes } = INPUT_LIMITS;
  // A UTF-16 unit is 1 to 3 bytes of UTF-8: encode only when the length alone does not decide.
  if (text.length > bodyBytes || (text.length * 3 > bodyBytes && utf8.encode(text).byteLength > bodyBytes)) {
    const detail = `The request body is larger than ${bodyBytes / 1024 / 1024} MB; send less (see the README's input limits).`;
    return { ok: false, response: problemResponse(413, TRANSPORT_CODES.bodyTooLarge, detail) };
  }
  const contentType = request.headers.get('content-type');
  if (text.trim() !== '' && !isJsonMediaType(contentType)) {
    const declared = contentType ? echo(contentType) : 'no Content-Type';
    const detail = `The request body must be sent as Content-Type: application/json; this one has ${declared}.`;
    return { ok: false, response: problemResponse(415, TRANSPORT_CODES.unsupportedMediaType, detail) };
  }
  let raw: unknown;
  try {
    raw = text.trim() === '' ? undefined : JSON.parse(text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, response: problemResponse(400, TRANSPORT_CODES.invalidJson, `The request body is not valid JSON: ${reason}`) };
  }
  if (raw === undefined) {
    return { ok: false, response: problemResponse(400, TRANSPORT_CODES.invalidBody, 'The request needs a JSON body.') };
  }
  return { ok: true, value: raw };
}

/** Validates query parameters; repeated keys are joined with commas (`phases=a&phases=b` = `phases=a,b`). */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): Parsed<z.output<S>> {
  const params = new URL(request.url).searchParams;
  // Built as own entries: an assignment `raw[key]` with the key `__proto__` would set the prototype instead.
  const raw = Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key).join(',')]));
  const parsed = schema.safeParse(raw);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, response: invalid(parsed.error, TRANSPORT_CODES.invalidQuery, 'query') };
}

/** Runs a command: a refusal becomes a problem, success goes through `ok`. */
export function respond<T>(result: Result<T>, ok: (value: T) => Response, mapField?: (field: string) => string): Response {
  return result.ok ? ok(result.value) : domainProblem(result.error, mapField);
}

/** Rewrites a dotted engine field path with the first matching rule. */
export const fieldMapper =
  (rules: [RegExp, string][]) =>
  (field: string): string => {
    for (const [pattern, replacement] of rules) if (pattern.test(field)) return field.replace(pattern, replacement);
    return field;
  };
