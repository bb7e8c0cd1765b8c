// The deployments list's `search`: what it reads and how it compares, the same for the world that answers it and
// the console that narrows an answer it holds while the world's next one comes.

/** A search as it is compared: trimmed and in lower case; an empty one matches everything. */
export const searchNeedle = (search: string | undefined): string => search?.trim().toLowerCase() ?? '';

/**
 * Whether a deployment matches a needle: its name, its guid or its package's name contains it, in any case. `texts`
 * are those three.
 */
export const matchesSearch = (needle: string, texts: readonly string[]): boolean =>
  needle === '' || texts.some((text) => text.toLowerCase().includes(needle));

/**
 * Whether every deployment `narrower` matches is matched by `wider` too (a text that contains another can only be
 * contained where that one is).
 */
export const narrowsSearch = (narrower: string | undefined, wider: string | undefined): boolean =>
  searchNeedle(narrower).includes(searchNeedle(wider));
