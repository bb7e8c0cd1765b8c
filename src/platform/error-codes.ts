// The guide's error codes with their short descriptions, used in event messages ("… is Error: DEP_E151, device
// is offline …") and exported for the REST layer.
import type { ErrorCode } from './types';
import { own } from './own';

export const ERROR_CODE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  DEP_E151: 'device is either offline or not reachable',
  DEP_E152: 'executables of the component deployed on the device either exited too early or failed',
  DEP_E153: 'unable to either pull the docker image or build the source code for the component deployed on cloud',
  DEP_E154: 'executables of the component deployed on cloud exited too early',
  DEP_E155: 'executables of the component deployed on cloud failed',
  DEP_E156: 'dependent deployment is in error state',
  DEP_E161: 'docker image not found for executables of components deployed on device',
  DEP_E162: 'validation error: ROS distro or CPU architecture mismatch, or rapyuta.io docker images missing on the device',
  DEP_E163: 'application has stopped and exited unexpectedly, and crashes continuously',
  DEP_E171: 'cloud bridge encountered duplicate alias on the device',
  DEP_E172: 'compression library required for the cloud bridge is missing on the device',
  DEP_E173: 'transport libraries required for the cloud bridge is missing on the device',
  DEP_E174: 'cloud bridge on the device encountered multiple ROS service origins',
  DEP_E175: 'python actionlib/msgs required for the cloud bridge is missing on the device',
  DEP_E176: 'cloud bridge encountered duplicate alias on the cloud component',
  DEP_E177: 'cloud bridge on the cloud component encountered multiple ROS service origins',
  DEP_E208: 'desired set of replicas not running on cloud',
  DEP_E303: 'cloud bridge executable not running on the device',
  DEP_E313: 'ROS master executable not running on the device',
};

export function describeErrorCode(code: ErrorCode): string {
  const known = own(ERROR_CODE_DESCRIPTIONS, code);
  if (known) return known;
  if (/^DEP_E2\d\d$/.test(code)) return 'internal rapyuta.io error in the components deployed on cloud';
  if (/^DEP_E3\d\d$/.test(code)) return 'internal rapyuta.io error in the components deployed on a device';
  return 'internal rapyuta.io error';
}

export const INTERNAL_ERROR_CODE = /^DEP_E[234]\d\d$/;
