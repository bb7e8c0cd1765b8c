// The engine's public surface for the REST layer (src/mocks).
export * from './types';
export * from './api';
export { createPlatform, restorePlatform, DEFAULT_SCENARIO, DEFAULT_SEED, type Restored } from './platform';
export { migrateState, parseState, type MigrateResult, type StateError } from './migrate';
export { listScenarios, SCENARIO_TOPICS, buildFleetScale, FULL_FLEET, type FleetSize } from './scenarios';
export { SCENARIO_NOW, USERS } from './state';
export { ALLOWED_TRANSITIONS, isAllowedTransition, PHASE_LABELS } from './phases';
export { pullProgress } from './lifecycle/executables';
export { labelsMatch, packageVersions } from './queries';
export { ERROR_CODE_DESCRIPTIONS, describeErrorCode } from './error-codes';
export { WARNING_MESSAGES } from './faults/ros';
export { DEPENDENCY_READY_PHASES } from './validation/deploy';
export {
  deploymentNameRules,
  validateDeploymentName,
  labelRules,
  validateLabel,
  volumeNameRules,
  validateVolumeName,
  VOLUME_CAPACITIES,
  mountPathRules,
  validateMountPath,
  packageVersionRules,
  validatePackageVersion,
  resourceNameRules,
  validateResourceName,
  validateAlias,
} from './validation/names';
