// application/problem+json (RFC 9457) with a stable `code` and the offending `field`.
import { z } from 'zod';
import { MAX_ECHOED_INPUT } from './values';

export const problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int().min(400).max(599),
  /** What went wrong and what to do about it, for a person. */
  detail: z.string(),
  /** Stable machine-readable code: a domain code (`device-offline`) or a transport one (`invalid-json`). */
  code: z.string(),
  /** Dotted path of the offending field in the request body or query, e.g. `metadata.name`. */
  field: z.string().optional(),
  /** Every problem found in the request when more than one field is wrong. */
  issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof problem>;

/** Codes the transport layer uses, on top of the engine's domain codes. */
export const TRANSPORT_CODES = {
  invalidJson: 'invalid-json',
  invalidBody: 'invalid-body',
  invalidQuery: 'invalid-query',
  /** 400: the URL path has a malformed percent escape (`%zz`), so no resource can be named by it. */
  invalidPath: 'invalid-path',
  /** 415: a request body that is not sent as `Content-Type: application/json`. */
  unsupportedMediaType: 'unsupported-media-type',
  /** 413: a request body over INPUT_LIMITS.bodyBytes. */
  bodyTooLarge: 'body-too-large',
  notFound: 'not-found',
  internal: 'internal-error',
  /** 503: the platform cannot be reached right now; the same request may succeed later. */
  platformUnavailable: 'platform-unavailable',
  /** 504: a change reached the platform, which stopped before answering: it may or may not have been made. */
  outcomeUnknown: 'outcome-unknown',
} as const;

export const problemType = (code: string) => `urn:gantry:problem:${code}`;

const cut = (chars: string[]) => (chars.length > MAX_ECHOED_INPUT ? `${chars.slice(0, MAX_ECHOED_INPUT).join('')}…` : chars.join(''));

/** User input cut to MAX_ECHOED_INPUT characters and an ellipsis: an answer must not grow with what the caller sent. */
export const cutInput = (input: string): string => cut([...input]);

/** User input for a problem's `detail`, quoted and cut short. */
export const echo = (input: string): string => JSON.stringify(cutInput(input));

/**
 * A message that names things as it was given them (the engine's: `device <id> does not exist`) with every unbroken
 * run longer than MAX_ECHOED_INPUT cut short: no name or id of the platform is that long, so such a run is input.
 */
export const shortenEchoes = (message: string): string => message.replace(/\S+/gu, (run) => cut([...run]));
