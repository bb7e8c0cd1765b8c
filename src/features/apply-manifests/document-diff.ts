// Whether the platform already holds what a document asks for: every field the document sets must be there with
// the same value; fields it leaves out are the platform's to fill (defaults, ids, times, status).

/** Fields the platform assigns: a document that carries them (an exported one) is not asking to change them. */
const ASSIGNED = new Set(['status', 'metadata.guid', 'metadata.createdAt', 'metadata.updatedAt', 'metadata.deletedAt', 'metadata.creatorGUID', 'metadata.projectGUID', 'metadata.organizationGUID', 'metadata.creator']);

const isDict = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The dotted path of the first field `wanted` sets that `current` lacks or holds otherwise; undefined when none. */
export function firstDifference(wanted: unknown, current: unknown, path = ''): string | undefined {
  if (ASSIGNED.has(path)) return undefined;
  // An empty map or list asks for nothing the platform's omission does not already say.
  if (current === undefined && (Array.isArray(wanted) ? wanted.length === 0 : isDict(wanted) && Object.keys(wanted).length === 0)) return undefined;
  if (isDict(wanted)) {
    if (!isDict(current)) return path || '(document)';
    for (const [key, value] of Object.entries(wanted)) {
      if (value === undefined || value === null) continue;
      const found = firstDifference(value, current[key], path ? `${path}.${key}` : key);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (Array.isArray(wanted)) {
    if (!Array.isArray(current) || current.length !== wanted.length) return path;
    for (let i = 0; i < wanted.length; i++) {
      const found = firstDifference(wanted[i], current[i], `${path}.${i}`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  return wanted === current ? undefined : path;
}
