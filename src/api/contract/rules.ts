// The platform's naming rules (src/vocabulary/names.ts) as zod schemas, so forms can show a rule at the field before
// submitting. The server stays the authority; tests/contract/rules-agreement.test.ts proves these agree with the
// engine's validators.
import { z } from 'zod';
import {
  DEPLOYMENT_NAME,
  EXECUTABLE_NAME,
  LABEL_KEY,
  LABEL_VALUE,
  NAME_REQUIRED,
  PACKAGE_VERSION,
  RESOURCE_NAME,
  ROS_ALIAS,
  VOLUME_NAME,
  deploymentNameRules,
  executableNameRules,
  isMountPath,
  labelRules,
  mountPathRules,
  packageVersionRules,
  resourceNameRules,
  rosAliasRules,
  volumeNameRules,
} from '../../vocabulary';

export const deploymentName = z.string().min(1, NAME_REQUIRED).regex(DEPLOYMENT_NAME, deploymentNameRules);

export const labelKey = z.string().regex(LABEL_KEY, labelRules);
export const labelValue = z.string().regex(LABEL_VALUE, labelRules);

export const volumeName = z.string().regex(VOLUME_NAME, volumeNameRules);

export const mountPath = z.string().refine(isMountPath, mountPathRules);

export const packageVersion = z.string().regex(PACKAGE_VERSION, packageVersionRules);

export const resourceName = z.string().regex(RESOURCE_NAME, resourceNameRules);

export const executableName = z.string().regex(EXECUTABLE_NAME, executableNameRules);

/** A ROS component's alias (RIO_ROS_ENV_ALIAS) on its routed network. */
export const rosAlias = z.string().regex(ROS_ALIAS, rosAliasRules);
