// Apart from the YAML writer (`manifest-file.ts`, loaded with the first export), so that the screens that name their
// export do not carry it on their first paint.

/** A file name from a resource name: what a file system takes everywhere. */
export const manifestFileName = (name: string) => `${name.replace(/[^A-Za-z0-9._-]+/g, '-') || 'manifest'}.yaml`;
