// The deployment error codes of the reference guide ("Error Codes" table): description and recommended action,
// verbatim without the HTML markup, plus the guide's prefix fallbacks. Codes the platform uses internally but the
// guide does not list get a short `detail` (platform-domain §6) on top of their prefix's text. The engine quotes the
// same descriptions in its event messages, and the console shows them with the recommended action.

/** A deployment error code, e.g. `DEP_E151`. */
export type ErrorCode = `DEP_E${number}`;

/** The platform's internal codes: DEP_E2xx (cloud), DEP_E3xx (device) and DEP_E4xx; the family is the first digit. */
export const INTERNAL_ERROR_CODE = /^DEP_E([234])\d\d$/;

export interface ErrorCodeInfo {
  code: string;
  description: string;
  action: string;
  /** List items of the description or action when the guide gives a list (already joined into the text). */
  descriptionItems?: string[];
  actionItems?: string[];
  /** The guide's "For more information" link, kept apart from the action text. */
  moreInfo?: { text: string; href: string };
}

export interface ErrorCodeDescription extends ErrorCodeInfo {
  /** `exact`: the guide lists the code; `prefix`: described by its DEP_E2xx/3xx/4xx family; `unknown`: neither. */
  match: 'exact' | 'prefix' | 'unknown';
  /** What the specific internal code means, when known. */
  detail?: string;
}

const ALIAS_DOCS =
  'https://userdocs.rapyuta.io/developer-guide/manage-software-cycle/communication-topologies/ros-support/#ros-environment-aliases-runtime-identity-assignment';
const REPORT = 'report the issue together with the relevant details to the support team';
const ALIAS_ACTION =
  'change the alias name during deployment and ensure that there is no duplication of alias name under the same routed network.';
// The guide's list items, concatenated: written out rather than joined at load time, so the module does no work when
// loaded and stays out of bundles that never describe a code (error-codes.test.ts checks the two agree).
const E162_CASES = [
  'Inconsistent values of ROS distro and CPU architecture variables for the device and package being provisioned.',
  'rapyuta.io docker images not present on docker device.',
];
const E162_ACTIONS = [
  'Create package with appropriate values for ROS distro and CPU architecture variables.',
  'Onboard the device again.',
];

export const ERROR_CODES: readonly ErrorCodeInfo[] = [
  { code: 'DEP_E151', description: 'device is either offline or not reachable', action: 'check the internet connection of the device' },
  {
    code: 'DEP_E152',
    description: 'executables of the component deployed on the device either exited too early or failed',
    action: 'in the docker deployments this may indicate an error with the entrypoint or command, verify and fix it',
  },
  {
    code: 'DEP_E153',
    description: 'unable to either pull the docker image or build the source code for the component deployed on cloud',
    action: 'verify that the docker image provided while adding the package still exists at the specified registry endpoint',
  },
  {
    code: 'DEP_E154',
    description: 'executables of the component deployed on cloud exited too early',
    action: 'troubleshoot the failed component by analyzing deployment logs',
  },
  {
    code: 'DEP_E155',
    description: 'executables of the component deployed on cloud failed',
    action: 'troubleshoot the failed component by analyzing deployment logs',
  },
  {
    code: 'DEP_E156',
    description: 'dependent deployment is in error state',
    action: 'troubleshoot the dependent deployment that is in error state',
  },
  {
    code: 'DEP_E161',
    description: 'docker image not found for executables of components deployed on device',
    action: 'verify that the path of the docker image is valid',
  },
  {
    code: 'DEP_E162',
    description:
      'Validation error. Cases include: Inconsistent values of ROS distro and CPU architecture variables for the device and package being provisioned. rapyuta.io docker images not present on docker device.',
    descriptionItems: E162_CASES,
    action: 'Create package with appropriate values for ROS distro and CPU architecture variables. Onboard the device again.',
    actionItems: E162_ACTIONS,
  },
  {
    code: 'DEP_E163',
    description: 'application has stopped and exited unexpectedly, and crashes continuously',
    action: 'debug the application using the corresponding deployment logs',
  },
  {
    code: 'DEP_E171',
    description: 'cloud bridge encountered duplicate alias on the device.',
    action: ALIAS_ACTION,
    moreInfo: { text: 'For more information about alias', href: ALIAS_DOCS },
  },
  {
    code: 'DEP_E172',
    description: 'compression library required for the cloud bridge is missing on the device.',
    action: 're-onboard the device.',
  },
  {
    code: 'DEP_E173',
    description: 'transport libraries required for the cloud bridge is missing on the device.',
    action: 're-onboard the device.',
  },
  {
    code: 'DEP_E174',
    description: 'cloud bridge on the device encountered multiple ROS service origins.',
    action: 'do not add multiple deployments with the same ROS service endpoint under the same routed network.',
  },
  {
    code: 'DEP_E175',
    description: 'python actionlib/msgs required for the cloud bridge is missing on the device.',
    action: 're-onboard the device.',
  },
  {
    code: 'DEP_E176',
    description: 'cloud bridge encountered duplicate alias on the cloud component.',
    action: ALIAS_ACTION,
    moreInfo: { text: 'For more information about alias', href: ALIAS_DOCS },
  },
  {
    code: 'DEP_E177',
    description: 'cloud bridge on the cloud component encountered multiple ROS service origins.',
    action: 're-onboard the device.',
  },
];

/** The guide's fallbacks for codes it does not list, by family. */
export const ERROR_CODE_FAMILIES: readonly ErrorCodeInfo[] = [
  { code: 'DEP_E2xx', description: 'internal rapyuta.io error in the components deployed on cloud', action: REPORT },
  { code: 'DEP_E3xx', description: 'internal rapyuta.io error in the components deployed on a device', action: REPORT },
  { code: 'DEP_E4xx', description: 'internal rapyuta.io error', action: REPORT },
];

/**
 * Internal codes the platform is known to use; shown as detail under their family. The simulation causes five of
 * them from a part that is not running: DEP_E203 and DEP_E303 (a cloud bridge's own executable, in the cloud or on a
 * device), DEP_E208 (a cloud component's replicas), DEP_E313 (a device's ROS master) and DEP_E401 (the control
 * plane; the guide names no DEP_E4xx code, so Gantry gives its outage the first of the family).
 */
const INTERNAL_DETAILS: Record<string, string> = {
  DEP_E201: 'Cloud component pending',
  DEP_E202: 'Cloud component status unknown',
  DEP_E203: 'Cloud bridge not running on cloud',
  DEP_E204: 'ROS master not running on cloud',
  DEP_E205: 'Broker not running on cloud',
  DEP_E208: 'Desired set of replicas not running on cloud',
  DEP_E209: 'Native network not running on cloud',
  DEP_E210: 'Disk not running',
  DEP_E213: 'Broker low on memory',
  DEP_E214: 'ROS2 native network not running on cloud',
  DEP_E215: 'ROS2 routed network not running on cloud',
  DEP_E302: 'supervisord error on device',
  DEP_E303: 'Cloud bridge executable not running on device',
  DEP_E304: 'DeviceManager internal error',
  DEP_E305: 'Native network executable not running on device',
  DEP_E306: 'DeviceEdge internal error',
  DEP_E307: 'DeviceEdge bad request',
  DEP_E313: 'ROS master executable not running on device',
  DEP_E316: 'Device image pull failed',
  DEP_E317: 'Missing subpath or empty mount path',
  DEP_E330: 'ROS2 native network executable not running on device',
  DEP_E331: 'ROS2 routed network executable not running on device',
  DEP_E350: 'Image registry returned an HTTP error',
  DEP_E351: 'Image name could not be parsed',
  DEP_E352: 'Image inspection failed',
  DEP_E353: 'Image absent and pull policy is Never',
  DEP_E360: 'Container configuration error',
  DEP_E361: 'Container start error',
  DEP_E362: 'Container create error',
  DEP_E363: 'Container kill error',
  DEP_E364: 'Container sandbox create error',
  DEP_E365: 'Container sandbox configuration error',
  DEP_E366: 'Container sandbox stop error',
  DEP_E399: 'Unknown device failure',
  DEP_E401: 'Control plane not answering: deployments wait for their next phase',
};

// Built on first use: a module with no work at load time is left out of bundles that never describe a code.
let byCode: Map<string, ErrorCodeInfo> | undefined;

/** Description and recommended action for any code, falling back by family as the guide says. */
export function describeErrorCode(code: string): ErrorCodeDescription {
  byCode ??= new Map(ERROR_CODES.map((e) => [e.code, e]));
  const exact = byCode.get(code);
  if (exact) return { ...exact, match: 'exact' };
  const family = INTERNAL_ERROR_CODE.exec(code)?.[1];
  const fallback = family ? ERROR_CODE_FAMILIES.find((f) => f.code === `DEP_E${family}xx`) : undefined;
  const detail = INTERNAL_DETAILS[code];
  if (fallback) return { ...fallback, code, match: 'prefix', ...(detail ? { detail } : {}) };
  return {
    code,
    description: 'unknown error code',
    action: REPORT,
    match: 'unknown',
  };
}

/** One line per code for lists: `[DEP_E151]: device is either offline or not reachable` (CLI list format). */
export const formatErrorCode = (code: string) => `[${code}]: ${describeErrorCode(code).description}`;
