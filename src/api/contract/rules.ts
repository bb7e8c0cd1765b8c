// The platform's naming rules as zod schemas, so forms can show a rule at the field before submitting. The server
// stays the authority; tests/contract/rules-agreement.test.ts proves these agree with the engine's validators.
import { z } from 'zod';
import { aliasRules, deploymentNameRules, labelRules, mountPathRules, packageVersionRules, resourceNameRules, volumeNameRules } from './rule-texts';

export const deploymentName = z
  .string()
  .min(1, 'Enter a name.')
  .regex(/^[A-Za-z][A-Za-z0-9 _-]{1,62}[A-Za-z0-9_-]$/, deploymentNameRules);

export const labelKey = z.string().regex(/^[a-zA-Z0-9][-_.a-zA-Z0-9]{0,62}$/, labelRules);
export const labelValue = z.string().regex(/^[^\r\n]{1,63}$/, labelRules);

export const volumeName = z.string().regex(/^[A-Za-z0-9_-]{3,75}$/, volumeNameRules);

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

export const packageVersion = z.string().regex(/^v\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, packageVersionRules);

export const resourceName = z.string().regex(/^[a-z][a-z0-9-]{0,62}$/, resourceNameRules);

/** A ROS component's alias (RIO_ROS_ENV_ALIAS) on its routed network. */
export const rosAlias = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,62}$/, aliasRules);
