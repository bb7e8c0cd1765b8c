// The Error region's content: each error code of the deployment with the guide's description and recommended
// action, and where it comes from (the executables or cloud bridges that carry it, the dependency in error), so the
// operator can go straight to the right logs.
import type { DeploymentResource, ErrorCodeDescription } from '../../../api';
import { describeErrorCode } from '../../../vocabulary';
import { curesOf, type Cure } from './error-cures';

export interface LogsTarget {
  /** `navigation/localization` or the cloud bridge's name. */
  label: string;
  component: string;
  /** Executable name or cloud bridge name, as the logs' `source` filter. */
  source: string;
}

export interface ErrorEntry extends ErrorCodeDescription {
  logs: LogsTarget[];
  /** Dependencies in error, for DEP_E156. */
  dependencies: { name: string; guid: string }[];
  /** Offline devices, for DEP_E151. */
  devices: string[];
  /** Where the recommended action is done (see error-cures.ts). */
  cures: Cure[];
}

export function errorEntries(d: DeploymentResource): ErrorEntry[] {
  const { error_codes, executables_status, cloudBridges, dependencies, components } = d.status;
  return error_codes.map((code) => {
    const fromExecutables = Object.values(executables_status)
      .filter((e) => e.error_code === code)
      .map((e) => ({ label: `${e.component}/${e.name}`, component: e.component, source: e.name }));
    const fromBridges = cloudBridges
      .filter((b) => b.error_code === code)
      .map((b) => ({ label: b.name, component: b.component, source: b.name }));
    const failedDependencies =
      code === 'DEP_E156' ? dependencies.deployments.filter((dep) => dep.status === 'Error').map(({ name, guid }) => ({ name, guid })) : [];
    const devices =
      code === 'DEP_E151'
        ? [...new Set(components.flatMap((c) => (c.device && !c.device.online && !c.deprovisioned ? [c.device.name] : [])))]
        : [];
    return { ...describeErrorCode(code), logs: [...fromExecutables, ...fromBridges], dependencies: failedDependencies, devices, cures: curesOf(d, code) };
  });
}
