// Manifest files read as `rio apply` reads them: YAML or JSON (JSON is YAML too), many documents per file, each
// document remembering where it sits so every problem can name its file, line and field.
import { Composer, LineCounter, Parser, isMap, isScalar, isSeq, type Node } from 'yaml';
import { runAtOnce } from './run-in-slices';

export interface ManifestSource {
  /** The file's name, or `Manifests` for pasted text. */
  name: string;
  text: string;
}

export interface ManifestDocument {
  /** Position in the whole input, from 0: the order documents are listed in when nothing else orders them. */
  index: number;
  source: string;
  /** 1-based line where the document starts. */
  line: number;
  /** The document as plain data. */
  body: unknown;
  /** The 1-based line of the field at a dotted path (`spec.depends.0.nameOrGUID`), or of its deepest existing parent. */
  lineOf: (path: string) => number;
}

export interface ManifestProblem {
  source: string;
  line: number;
  /** Dotted path of the offending field; absent for syntax errors. */
  path?: string;
  /** The document's `kind:name`, when it has one. */
  document?: string;
  message: string;
}

export interface ParsedManifests {
  documents: ManifestDocument[];
  problems: ManifestProblem[];
}

const rangeStart = (node: unknown) => (node as { range?: [number, number, number] } | null | undefined)?.range?.[0];

function lineFinder(root: unknown, lines: LineCounter, fallback: number) {
  const lineOf = (node: unknown, otherwise: number) => {
    const start = rangeStart(node);
    return start === undefined ? otherwise : lines.linePos(start).line;
  };
  return (path: string) => {
    let node = root;
    let line = lineOf(node, fallback);
    for (const part of path ? path.split('.') : []) {
      if (isMap(node)) {
        const pair = node.items.find((item) => String(isScalar(item.key) ? item.key.value : item.key) === part);
        if (!pair) break;
        line = lineOf(pair.key, line);
        node = pair.value;
      } else if (isSeq(node) && /^\d+$/.test(part)) {
        const item = node.items[Number(part)];
        if (!item) break;
        line = lineOf(item, line);
        node = item;
      } else break;
    }
    return line;
  };
}

/**
 * Every document of every source, in order, into `into`; a top-level list holds one document per item (as JSON
 * files often do). Pauses after each YAML document so a large file can be read in slices (#13).
 */
export function* readManifests(sources: readonly ManifestSource[], into: ParsedManifests): Generator<void, ParsedManifests> {
  const { documents, problems } = into;
  for (const source of sources) {
    const lines = new LineCounter();
    // What `parseAllDocuments` does, one document at a time; an empty source yields no document.
    const composer = new Composer({ lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    for (const doc of composer.compose(new Parser(lines.addNewLine).parse(source.text))) {
      const syntax = [...doc.errors];
      if (syntax.length > 0) {
        for (const error of syntax) {
          problems.push({ source: source.name, line: lines.linePos(error.pos[0]).line, message: error.message.split('\n')[0] ?? error.message });
        }
        yield;
        continue;
      }
      const contents = doc.contents as Node | null;
      if (contents === null) continue;
      const at = (node: unknown) => lines.linePos(rangeStart(node) ?? 0).line;
      const items = isSeq(contents) ? contents.items : [contents];
      const values: unknown[] = isSeq(contents) ? (doc.toJS() as unknown[]) : [doc.toJS()];
      items.forEach((item, i) => {
        documents.push({
          index: documents.length,
          source: source.name,
          line: at(item),
          body: values[i],
          lineOf: lineFinder(item, lines, at(item)),
        });
      });
      yield;
    }
  }
  return into;
}

/** Every document of every source, in order, at once. */
export const parseManifests = (sources: readonly ManifestSource[]): ParsedManifests => runAtOnce(readManifests(sources, { documents: [], problems: [] }));
