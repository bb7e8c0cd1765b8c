// The engine's public surface for the REST layer (src/mocks).
export * from './types';
export * from './api';
export { createPlatform, restorePlatform, DEFAULT_SCENARIO, DEFAULT_SEED, type Restored } from './platform';
export { migrateState, parseState, type MigrateResult, type StateError } from './migrate';
export { listScenarios, SCENARIO_TOPICS, buildFleetScale, FULL_FLEET, type FleetSize } from './scenarios';
export { SCENARIO_NOW, USERS } from './state';
export { ALLOWED_TRANSITIONS, isAllowedTransition } from './phases';
export { pullProgress } from './lifecycle/executables';
export { labelsMatch, packageVersions } from './queries';
export { WARNING_MESSAGES } from './faults/ros';
export {
  validateDeploymentName,
  validateLabel,
  validateVolumeName,
  validateMountPath,
  validatePackageVersion,
  validateResourceName,
  validateExecutableName,
  validateAlias,
} from './validation/names';
