// Build digests: `sha256:` + 64 hex digits derived from the seed and what identifies the push, so the same
// scenario and commands give the same digests without drawing from the random source (which would shift every
// later id and timing).
import { hashString, mix } from '../hash';

export function buildDigest(seed: number, identity: string): string {
  const base = mix(hashString(identity), seed);
  let hex = '';
  for (let i = 0; i < 8; i++) hex += mix(base, i + 1).toString(16).padStart(8, '0');
  return `sha256:${hex}`;
}

/** The short form the console and logs show: the first 12 hex digits. */
export function shortDigest(digest: string): string {
  return digest.replace(/^sha256:/, '').slice(0, 12);
}
