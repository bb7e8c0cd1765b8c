// A kept field's value as the Configuration section shows it. Loaded with the section's list, only when a resource
// has kept fields, so the YAML writer is not on the first paint of the package and deployment pages.
import { stringify } from 'yaml';

/** A string as it is, anything else as YAML. */
export const configurationText = (value: unknown) => (typeof value === 'string' ? value : stringify(value).trimEnd());
