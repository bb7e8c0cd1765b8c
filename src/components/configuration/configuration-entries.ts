// The platform fields a resource keeps without simulating them, as labelled values for the Configuration section.

export interface ConfigurationEntry {
  /** Where the field sits in the platform's document, e.g. `spec.envArgs`; prefixed by its component when there are several. */
  label: string;
  /** The value as given; `configurationText` writes it out. */
  value: unknown;
}

/** Entries of one or more configurations; `owner` names whose they are when a resource has several (components). */
export function configurationEntries(sources: readonly { owner?: string; configuration?: Record<string, unknown> }[]): ConfigurationEntry[] {
  return sources.flatMap(({ owner, configuration }) =>
    Object.entries(configuration ?? {}).map(([path, value]) => ({ label: owner ? `${owner}: ${path}` : path, value })),
  );
}
