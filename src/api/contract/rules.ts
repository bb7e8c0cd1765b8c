// The platform's naming rules as zod schemas, so forms can show a rule at the field before submitting. The server
// stays the authority; tests/contract/rules-agreement.test.ts proves these agree with the engine's validators.
import { z } from 'zod';

export const deploymentNameRules =
  'A name is 3 to 64 characters: letters, digits, spaces, hyphens (-) and underscores (_). It starts with a letter and does not end with a space.';
export const deploymentName = z
  .string()
  .min(1, 'Enter a name.')
  .regex(/^[A-Za-z][A-Za-z0-9 _-]{1,62}[A-Za-z0-9_-]$/, deploymentNameRules);

export const labelRules =
  'A label key is 1 to 63 characters: letters, digits, hyphens (-), underscores (_) and dots (.), starting with a letter or digit. A value is 1 to 63 characters on one line.';
export const labelKey = z.string().regex(/^[a-zA-Z0-9][-_.a-zA-Z0-9]{0,62}$/, labelRules);
export const labelValue = z.string().regex(/^[^\r\n]{1,63}$/, labelRules);

export const volumeNameRules = 'A volume name is 3 to 75 characters: letters, digits, underscores (_) and hyphens (-).';
export const volumeName = z.string().regex(/^[A-Za-z0-9_-]{3,75}$/, volumeNameRules);
export const VOLUME_CAPACITIES = [4, 8, 16, 32, 64, 128, 256, 512] as const;

export const mountPathRules =
  'A mount path is absolute (starts with /), is not / itself, and has no empty, "." or ".." segments.';
export const mountPath = z
  .string()
  .refine(
    (p) =>
      p.startsWith('/') &&
      p !== '/' &&
      p.length <= 4096 &&
      !p
        .replace(/\/$/, '')
        .split('/')
        .slice(1)
        .some((s) => s === '' || s === '.' || s === '..'),
    mountPathRules,
  );

export const packageVersionRules = 'A version looks like v1.2.3 (an optional pre-release suffix such as v1.2.3-rc.1 is allowed).';
export const packageVersion = z.string().regex(/^v\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, packageVersionRules);

export const resourceNameRules = 'A name is 1 to 63 characters: lower-case letters, digits and hyphens, starting with a letter.';
export const resourceName = z.string().regex(/^[a-z][a-z0-9-]{0,62}$/, resourceNameRules);
