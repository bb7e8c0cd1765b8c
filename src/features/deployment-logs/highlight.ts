// Search highlighting: split a line into plain and matching pieces (case-insensitive), and count the matches.

export interface TextPiece {
  text: string;
  match: boolean;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A case-insensitive regular expression on the original text keeps the offsets right even where lower-casing
// changes a string's length.
const pattern = (query: string) => new RegExp(escape(query), 'gi');

export function splitHighlights(text: string, query: string): TextPiece[] {
  if (!query) return [{ text, match: false }];
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const hit of text.matchAll(pattern(query))) {
    if (hit.index > at) pieces.push({ text: text.slice(at, hit.index), match: false });
    pieces.push({ text: hit[0], match: true });
    at = hit.index + hit[0].length;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), match: false });
  return pieces;
}

export function countMatches(texts: readonly string[], query: string): number {
  if (!query) return 0;
  const re = pattern(query);
  let count = 0;
  for (const text of texts) count += text.match(re)?.length ?? 0;
  return count;
}
