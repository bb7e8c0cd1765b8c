// Records keyed by names a user chose (labels, components, executables) or a saved state holds (timer kinds): a
// plain `record[key]` also finds what every object inherits, so `constructor` or `toString` would read a function.

/** The record's own value for `key`, never an inherited one. */
export const own = <T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
