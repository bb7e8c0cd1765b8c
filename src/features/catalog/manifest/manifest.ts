// A pasted package manifest (YAML or JSON, which is YAML too) checked in three passes, each problem placed at its
// line: the text must parse, the result must fit the contract's create body, and the body must keep the rules.
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { createPackageBody } from '../../../api/contract';
import type { CreatePackageInput } from '../../../api';
import { packageRuleIssues } from './package-rules';

export interface ManifestProblem {
  /** 1-based line of the manifest the problem sits on. */
  line: number;
  /** Dotted path of the offending field; absent for syntax errors. */
  path?: string;
  message: string;
}

export type ManifestCheck = { ok: true; body: CreatePackageInput } | { ok: false; problems: ManifestProblem[] };

interface Parsed {
  doc: Document;
  lines: LineCounter;
}

function parse(text: string): Parsed {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  return { doc, lines };
}

const segments = (path: string) => (path ? path.split('.') : []);

/**
 * The line of the field at `path`: its key in a mapping, its item in a list. Where the path leaves the document (a
 * missing field) it stops at the deepest field that exists, i.e. the parent of the missing one.
 */
function lineAt({ doc, lines }: Parsed, path: string): number {
  const lineOf = (node: unknown) => {
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    return range ? lines.linePos(range[0]).line : undefined;
  };
  let node: unknown = doc.contents;
  let line = lineOf(node) ?? 1;
  for (const part of segments(path)) {
    if (isMap(node)) {
      const pair = node.items.find((item) => String(isScalar(item.key) ? item.key.value : item.key) === part);
      if (!pair) break;
      line = lineOf(pair.key) ?? line;
      node = pair.value;
    } else if (isSeq(node) && /^\d+$/.test(part)) {
      const item = node.items[Number(part)];
      if (!item) break;
      line = lineOf(item) ?? line;
      node = item;
    } else break;
  }
  return line;
}

/** The line where `path` sits in `text`; for placing a server's answer (`field`) in the manifest. */
export function lineOfPath(text: string, path: string): number {
  return lineAt(parse(text), path);
}

function schemaMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    if (/received undefined$/.test(issue.message)) return 'This field is required.';
    // YAML reads 1.0 or 2 as numbers; a tag or version that looks like one needs quotes.
    if (issue.expected === 'string' && /received number$/.test(issue.message)) return 'Expected text but found a number: put it in quotes, e.g. "1.0".';
  }
  return issue.message;
}

const byLine = (a: ManifestProblem, b: ManifestProblem) => a.line - b.line;

export function checkManifest(text: string): ManifestCheck {
  if (!text.trim()) return { ok: false, problems: [{ line: 1, message: 'Paste a package manifest in YAML or JSON, or insert the example.' }] };
  const parsed = parse(text);
  if (parsed.doc.errors.length > 0) {
    const problems = parsed.doc.errors.map((error) => ({ line: parsed.lines.linePos(error.pos[0]).line, message: error.message }));
    return { ok: false, problems: problems.sort(byLine) };
  }
  const raw: unknown = parsed.doc.toJS();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [{ line: 1, message: 'A manifest is a mapping with metadata and spec.' }] };
  }
  const result = createPackageBody.safeParse(raw);
  const issues = result.success
    ? packageRuleIssues(result.data)
    : result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: schemaMessage(issue) }));
  if (issues.length === 0 && result.success) return { ok: true, body: result.data };
  const problems = issues.map((issue) => ({ line: lineAt(parsed, issue.path), path: issue.path, message: issue.message }));
  return { ok: false, problems: problems.sort(byLine) };
}
