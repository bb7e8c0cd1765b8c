// How big a save is, measured without writing its JSON text out: a save read back from IndexedDB is an object, and
// turning a too-large one into text would cost the very memory and time the limit is there to spare.

/**
 * A save larger than this is not restored (about twice the `fleet-scale` scenario's 33 MB): restoring it would hold
 * the world's thread for seconds and risk running the tab out of memory. It is kept aside like any unreadable save.
 */
export const MAX_SAVE_BYTES = 64 * 1024 * 1024;

/**
 * The length of `value`'s JSON text, counted up to `limit` (it stops counting once it is past the limit, so a huge
 * save costs no more than the limit to measure). Strings count their characters, not their escapes, and numbers a typical length.
 */
/** A number is counted as this many characters (a millisecond timestamp has 13): writing each out costs too much. */
const NUMBER_SIZE = 10;

export function jsonSize(value: unknown, limit = Infinity): number {
  let size = 0;
  const pending: object[] = [];
  // Primitives are counted where they are met; only objects and arrays wait their turn (fewer pushes, no recursion).
  const count = (item: unknown) => {
    if (typeof item === 'string') size += item.length + 2;
    else if (typeof item === 'number') size += NUMBER_SIZE;
    else if (typeof item === 'boolean') size += item ? 4 : 5;
    else if (typeof item === 'object' && item !== null) pending.push(item);
    else size += 4;
  };
  count(value);
  while (pending.length > 0 && size <= limit) {
    const item = pending.pop()!;
    if (Array.isArray(item)) {
      size += 1 + item.length;
      for (let i = 0; i < item.length; i++) count(item[i]);
    } else {
      size += 1;
      for (const key in item) {
        if (!Object.hasOwn(item, key)) continue;
        size += key.length + 4;
        count((item as Record<string, unknown>)[key]);
      }
    }
  }
  return size;
}

/** `bytes` in megabytes as a person reads it ("67 MB"). */
export const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
