// The naming rules in words, shown at the fields; names.ts holds the patterns. Apart from the patterns because
// forms show these words as soon as they open, while the patterns load with the forms' schemas and the engine.

export const NAME_REQUIRED = 'Enter a name.';

export const deploymentNameRules =
  'A name is 3 to 64 characters: letters, digits, spaces, hyphens (-) and underscores (_). It starts with a letter and does not end with a space.';

export const labelRules =
  'A label key is 1 to 63 characters: letters, digits, hyphens (-), underscores (_) and dots (.), starting with a letter or digit. A value is 1 to 63 characters on one line.';

export const volumeNameRules = 'A volume name is 3 to 75 characters: letters, digits, underscores (_) and hyphens (-).';

export const mountPathRules = 'A mount path is absolute (starts with /), is not / itself, and has no empty, "." or ".." segments.';

export const packageVersionRules = 'A version looks like v1.2.3 or 1.2.3 (an optional pre-release suffix such as v1.2.3-rc.1 is allowed).';

export const executableNameRules = 'An executable name is 1 to 63 letters, digits, hyphens (-) or underscores (_), starting with a letter.';

export const resourceNameRules = 'A name is 1 to 63 characters: lower-case letters, digits and hyphens, starting with a letter.';

export const rosAliasRules = 'An alias is 1 to 63 letters, digits, "_" or "-", starting with a letter.';
