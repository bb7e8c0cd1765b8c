// Resource bodies in either form: Gantry's own (what the console's screens send) or the platform's document (a
// `rio apply` manifest, an SDK body). A platform document is read by the codec, turned into Gantry's body and from
// then on handled alike; every refusal names the field as the caller wrote it.
import type { z } from 'zod';
import { API_VERSION, TRANSPORT_CODES } from '../api/contract';
import { isPlatformBody, parsePlatformDocumentOf, type PlatformDocument, type PlatformKind } from '../api/contract/platform';
import { issuesProblem, readJson, validateBody, type Parsed } from './http';

export interface ResourceBody<B, D> {
  body: B;
  /** The platform's document, when the body was one. */
  doc?: D;
  /** Names an engine refusal's (already wire-mapped) field as the caller wrote it. */
  fieldOf: (path: string) => string;
}

export interface DocumentForm<K extends PlatformKind, S extends z.ZodType> {
  kind: K;
  schema: S;
  /** The document as Gantry's body (before validation). */
  toBody: (doc: Extract<PlatformDocument, { kind: K }>) => z.input<S>;
  /** A field of Gantry's body as the document's field. */
  pathOf?: (doc: Extract<PlatformDocument, { kind: K }>, path: string) => string;
}

const same = (path: string) => path;

export async function readResourceBody<K extends PlatformKind, S extends z.ZodType>(
  request: Request,
  form: DocumentForm<K, S>,
): Promise<Parsed<ResourceBody<z.output<S>, Extract<PlatformDocument, { kind: K }>>>> {
  const raw = await readJson(request);
  if (!raw.ok) return raw;
  if (!isPlatformBody(raw.value, API_VERSION)) {
    const body = validateBody(raw.value, form.schema);
    return body.ok ? { ok: true, value: { body: body.value, fieldOf: same } } : body;
  }
  const decoded = parsePlatformDocumentOf(form.kind, raw.value);
  if (!decoded.ok) {
    const issues = decoded.issues.map((i) => ({ field: i.path, message: i.path ? `${i.path}: ${i.message}` : i.message }));
    return { ok: false, response: issuesProblem(issues, TRANSPORT_CODES.invalidBody, 'document') };
  }
  const doc = decoded.value;
  const fieldOf = form.pathOf ? (path: string) => form.pathOf!(doc, path) : same;
  const body = validateBody(form.toBody(doc), form.schema, fieldOf);
  return body.ok ? { ok: true, value: { body: body.value, doc, fieldOf } } : body;
}
