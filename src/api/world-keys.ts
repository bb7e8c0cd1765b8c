// Every query about the simulated world (what a fault, a clock jump or a reset can change).
import { deploymentKeys } from './deployments/keys';
import { deviceKeys } from './devices/keys';
import { networkKeys } from './networks/keys';
import { packageKeys } from './packages/keys';
import { userKeys } from './user/keys';
import { volumeKeys } from './volumes/keys';

export const worldKeys = [packageKeys.all, deploymentKeys.all, deviceKeys.all, networkKeys.all, volumeKeys.all, userKeys.all] as const;
