// Beside each error code, its cure where the platform can do it: a link to the screen where the guide's recommended
// action is taken, and, for a clash on the routed network, what clashes with what. A failing build is cured by a
// fixed one and an update; an image the registry lost, by pushing it again (the next pull retry takes it).
import type { CloudBridgeStatus, DeploymentResource } from '../../../api';
import { paths } from '../../../lib/paths';

export interface Cure {
  /** What the link does not say: the clash it cures. */
  text?: string;
  link: { label: string; to: string };
  /** What to do once that is done. */
  then?: string;
}

const ALIAS_CODES = ['DEP_E171', 'DEP_E176'];
const SERVICE_CODES = ['DEP_E174', 'DEP_E177'];
const LIBRARY_CODES = ['DEP_E172', 'DEP_E173', 'DEP_E175'];
/** Codes of an executable whose build fails: entrypoint or command (E152), exits in the cloud (E154/E155), a crash loop (E163). */
const BUILD_CODES = ['DEP_E152', 'DEP_E154', 'DEP_E155', 'DEP_E163'];
const PULL_CODES = ['DEP_E153', 'DEP_E161'];
const UPDATE_AFTER = 'then update the deployment with it (Update Deployment).';

type Device = { guid: string; name: string; online: boolean };

function devicesOf(d: DeploymentResource, components: readonly string[]): Device[] {
  const found = new Map<string, Device>();
  for (const c of d.status.components) if (c.device && !c.deprovisioned && components.includes(c.name)) found.set(c.device.guid, c.device);
  return [...found.values()];
}

const reonboard = (device: Device, then?: string): Cure => ({ link: { label: `Re-onboard ${device.name}`, to: paths.device.href(device.guid) }, ...(then ? { then } : {}) });

/** Reasons of DEP_E152 that say nothing about the build: the container was stopped by hand or by a reboot. */
const NOT_THE_BUILD = ['ContainerStopped', 'DeviceRebooted'];

/** The docker executables carrying `code` because of their build: their builds are pushed on the package page. */
function builds(d: DeploymentResource, code: string, label: (what: string) => string, then: string): Cure[] {
  const to = paths.package.href(d.metadata.depends.nameOrGUID);
  return Object.values(d.status.executables_status)
    .filter((e) => e.error_code === code && e.type === 'docker' && !NOT_THE_BUILD.includes(e.reason ?? ''))
    .map((e) => ({ link: { label: label(`${e.component}/${e.name}`), to }, then }));
}

function clash(bridge: CloudBridgeStatus): string | undefined {
  const c = bridge.conflict;
  if (!c) return undefined;
  const where = bridge.network ? ` on ${bridge.network.name}` : '';
  const used = c.alias !== undefined ? `alias "${c.alias}" is already used by` : `ROS service ${c.service ?? ''} is also offered by`;
  return `${bridge.component}: ${used} ${c.deployment.name}/${c.component}${where}.`;
}

const AGAIN = 'a deployment that failed to start does not start again.';

/** Missing platform images: re-onboard the device; a package that does not match its device: deploy on one that does. */
function e162Cures(d: DeploymentResource): Cure[] {
  const failed = Object.values(d.status.executables_status).filter((e) => e.error_code === 'DEP_E162');
  const missing = failed.filter((e) => e.reason === 'PlatformImagesMissing').map((e) => e.component);
  const cures = devicesOf(d, missing).map((device) => reonboard(device, `then deploy the package again: ${AGAIN}`));
  if (failed.some((e) => e.reason === 'ArchitectureMismatch' || e.reason === 'RosDistroMismatch')) {
    cures.push({ link: { label: 'Deploy again on a matching device', to: paths.deployPackage.href(d.metadata.depends.nameOrGUID) }, then: `or add a package version built for the device: ${AGAIN}` });
  }
  return cures;
}

// The internal errors' parts (see the Simulator's `Platform parts`): on the platform, the guide's action is to report
// to support; in the simulation the part is restarted there.
const onSimulator = (label: string): Cure => ({ link: { label: `${label} on the Simulator screen`, to: paths.simulator.href() } });

function internalErrorCures(d: DeploymentResource, code: string, bridges: CloudBridgeStatus[]): Cure[] {
  if (code === 'DEP_E203' || code === 'DEP_E303') return bridges.map((b) => onSimulator(`Restart the cloud bridge executable of ${b.component}`));
  const carriers = [...new Set(Object.values(d.status.executables_status).filter((e) => e.error_code === code).map((e) => e.component))];
  if (code === 'DEP_E208') return carriers.map((component) => onSimulator(`Restart the replicas of ${component}`));
  if (code === 'DEP_E313') return devicesOf(d, carriers).map((device) => onSimulator(`Restart the ROS master of ${device.name}`));
  if (code === 'DEP_E401') return [onSimulator('Restore the control plane')];
  return [];
}

export function curesOf(d: DeploymentResource, code: string): Cure[] {
  const bridges = d.status.cloudBridges.filter((b) => b.error_code === code);
  if (code === 'DEP_E151') {
    const offline = devicesOf(d, d.status.components.map((c) => c.name)).filter((device) => !device.online);
    return offline.flatMap((device) => [
      { link: { label: `Open ${device.name} on the Devices screen`, to: paths.device.href(device.guid) } },
      { link: { label: `Bring ${device.name} online in the Simulator`, to: paths.simulator.href() } },
    ]);
  }
  if (BUILD_CODES.includes(code)) return builds(d, code, (what) => `Push a fixed build of ${what}`, UPDATE_AFTER);
  if (PULL_CODES.includes(code)) return builds(d, code, (what) => `Push the image of ${what} again`, 'under the same tag: the next pull retry takes it.');
  if (ALIAS_CODES.includes(code)) {
    const wizard = paths.deployPackage.href(d.metadata.depends.nameOrGUID);
    const then = 'then deprovision this one, whose alias cannot change in place.';
    return bridges.map((b) => ({ ...(clash(b) ? { text: clash(b) } : {}), link: { label: 'Deploy again with another alias', to: wizard }, then }));
  }
  if (SERVICE_CODES.includes(code)) {
    return bridges.flatMap((b) =>
      b.conflict ? [{ text: clash(b) ?? '', link: { label: `Open ${b.conflict.deployment.name} to deprovision it`, to: paths.deployment.href(b.conflict.deployment.guid) } }] : [],
    );
  }
  if (LIBRARY_CODES.includes(code)) return devicesOf(d, bridges.map((b) => b.component)).map((device) => reonboard(device));
  if (code === 'DEP_E162') return e162Cures(d);
  return internalErrorCures(d, code, bridges);
}
