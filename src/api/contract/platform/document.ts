// Reading any platform document: which kind it is, whether Gantry can take it, and where each problem is.
import type { z } from 'zod';
import { PLATFORM_API_VERSIONS, PLATFORM_KINDS, issuesOf, type Decoded, type PlatformKind } from './common';
import { UNMODELLED_MANIFEST_KINDS } from '../../../vocabulary';
import { platformDeployment, type PlatformDeployment } from './deployment';
import { platformDevice, type PlatformDevice } from './device';
import { platformDisk, type PlatformDisk } from './disk';
import { platformNetwork, type PlatformNetwork } from './network';
import { platformPackage, type PlatformPackage } from './package';
import { platformSecret, type PlatformSecret } from './secret';

export type PlatformDocument = PlatformSecret | PlatformDevice | PlatformDisk | PlatformNetwork | PlatformPackage | PlatformDeployment;

const SCHEMAS: Record<PlatformKind, z.ZodType<PlatformDocument>> = {
  Secret: platformSecret,
  Device: platformDevice,
  Disk: platformDisk,
  Network: platformNetwork,
  Package: platformPackage,
  Deployment: platformDeployment,
};

/** Kinds of the platform’s CLI that Gantry does not model (the vocabulary’s list): refused by name, never half-applied. */
export const UNMODELLED_KINDS = UNMODELLED_MANIFEST_KINDS;

const record = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const isPlatformKind = (kind: unknown): kind is PlatformKind => typeof kind === 'string' && (PLATFORM_KINDS as readonly string[]).includes(kind);

/** What is wrong with a document's apiVersion and kind, if anything: each issue names the accepted values. */
export function envelopeIssues(doc: unknown): { path: string; message: string }[] {
  if (!record(doc)) return [{ path: '', message: 'A document is an object with apiVersion, kind, metadata and spec' }];
  const issues = [];
  if (!(PLATFORM_API_VERSIONS as readonly unknown[]).includes(doc.apiVersion)) {
    issues.push({ path: 'apiVersion', message: `apiVersion ${JSON.stringify(doc.apiVersion ?? null)} is not accepted; accepted: ${PLATFORM_API_VERSIONS.join(', ')}` });
  }
  if (!isPlatformKind(doc.kind)) {
    const unmodelled = (UNMODELLED_KINDS as readonly unknown[]).includes(doc.kind);
    const what = unmodelled ? `Gantry does not model ${String(doc.kind)}` : `kind ${JSON.stringify(doc.kind ?? null)} is not accepted`;
    issues.push({ path: 'kind', message: `${what}; accepted: ${PLATFORM_KINDS.join(', ')}` });
  }
  return issues;
}

/**
 * A platform document (already parsed from YAML or JSON) as a typed document with its defaults filled in, or every
 * issue with its field path: the envelope, the platform's schema, and what Gantry cannot take (a native network, an
 * Opaque secret, a second ROS network …), each saying why.
 */
export function parsePlatformDocument(doc: unknown): Decoded<PlatformDocument> {
  const envelope = envelopeIssues(doc);
  if (envelope.length) return { ok: false, issues: envelope };
  const schema = SCHEMAS[(doc as { kind: PlatformKind }).kind];
  const parsed = schema.safeParse(doc);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: issuesOf(parsed.error) };
}

/** A parse of one kind, for an endpoint that takes only that kind. */
export function parsePlatformDocumentOf<K extends PlatformKind>(kind: K, doc: unknown): Decoded<Extract<PlatformDocument, { kind: K }>> {
  const result = parsePlatformDocument(doc);
  if (!result.ok || result.value.kind === kind) return result as Decoded<Extract<PlatformDocument, { kind: K }>>;
  return { ok: false, issues: [{ path: 'kind', message: `This endpoint takes kind ${kind}, not ${result.value.kind}` }] };
}

/**
 * Whether a request body is the platform's document rather than Gantry's own body (which the console's screens send):
 * any apiVersion other than Gantry's, or Gantry's (`api.rapyuta.io/v2`, which the platform allows too) on a body
 * without Gantry's `spec.components` — and, for a deployment, with the platform's `spec.runtime`.
 */
export function isPlatformBody(body: unknown, gantryApiVersion: string): boolean {
  if (!record(body)) return false;
  if (body.apiVersion === undefined) return false;
  if (body.apiVersion !== gantryApiVersion) return true;
  const spec = record(body.spec) ? body.spec : {};
  if (spec.components !== undefined) return false;
  return body.kind !== 'Deployment' || spec.runtime !== undefined;
}
