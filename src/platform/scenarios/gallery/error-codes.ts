// One scenario per row of the guide's error-code table, each produced by the world condition the row describes.
import type { Fault } from '../../api';
import { MINUTE, SECOND } from '../../durations';
import type { ErrorCode } from '../../types';
import type { Stage } from '../stage';
import type { GalleryScenario } from './types';

/** "Open <deployment> — its status reads Error with <code>: <guide's description>." */
const look = (deployment: string, phase: string, code: ErrorCode, description: string): string =>
  `Open ${deployment} — its phase reads ${phase} and its status Error with ${code}: ${description}.`;

/**
 * telemetry's collector crashes `firstCrashBefore` the hand-over, restarts after a 10 s back-off and crashes again at
 * the hand-over: E154 when it had run under 10 s, E155 otherwise; the second back-off is 20 s.
 */
function cloudCrashTwice(s: Stage, firstCrashBefore: number): void {
  s.advanceTo(s.ago(90 * MINUTE));
  const d = s.deploy({ name: 'telemetry', packageId: s.pkg.telemetry, labels: { env: 'prod' } });
  const crash: Fault = { kind: 'crash', deploymentId: d.id, component: 'collector', executable: 'collector', exitCode: 1 };
  s.advanceTo(s.ago(firstCrashBefore));
  s.fault(crash);
  s.advanceTo(s.ago(0));
  s.fault(crash);
}

/** nav-amr-01 running on warehouse-amr-01 for an hour and a half, then a fault ten minutes before the hand-over. */
function navThen(fault: (s: Stage, deploymentId: string) => Fault): (s: Stage) => void {
  return (s) => {
    s.advanceTo(s.ago(90 * MINUTE));
    const d = s.nav('nav-amr-01', 'warehouse-amr-01');
    s.advanceTo(s.ago(10 * MINUTE));
    s.fault(fault(s, d.id));
  };
}

function bridgeLibrary(code: 'DEP_E172' | 'DEP_E173' | 'DEP_E175', library: 'compression' | 'transport' | 'actionlib', what: string, description: string): GalleryScenario {
  return {
    name: `error-${code.toLowerCase().replace('_', '-')}`,
    topic: 'error-codes',
    title: `${code}: ${what} missing on the device`,
    description: `The ${what} of the cloud bridge was removed from warehouse-amr-01 while nav-amr-01 ran on it. ${look('nav-amr-01', 'Succeeded', code, description)} The cloud bridge's routing status reads error.`,
    focus: { deploymentName: 'nav-amr-01', phase: 'Succeeded', status: 'Error', errorCode: code, note: 'Recommended action: re-onboard the device.' },
    stage: navThen((s) => ({ kind: 'remove-bridge-library', deviceId: s.device('warehouse-amr-01'), library })),
  };
}

export const ERROR_CODE_SCENARIOS: readonly GalleryScenario[] = [
  {
    name: 'error-dep-e151',
    topic: 'error-codes',
    title: 'DEP_E151: device offline',
    description: `warehouse-amr-03 went offline five minutes ago while nav-amr-03 ran on it. ${look('nav-amr-03', 'Succeeded', 'DEP_E151', 'device is either offline or not reachable')} Its executables read unknown, with reason DeviceOffline.`,
    focus: { deploymentName: 'nav-amr-03', phase: 'Succeeded', status: 'Error', errorCode: 'DEP_E151', note: 'Recommended action: check the internet connection of the device. Bring warehouse-amr-03 online to see the status return to Running.' },
    stage(s) {
      s.advanceTo(s.ago(90 * MINUTE));
      s.nav('nav-amr-03', 'warehouse-amr-03');
      s.advanceTo(s.ago(5 * MINUTE));
      s.fault({ kind: 'device-offline', deviceId: s.device('warehouse-amr-03') });
    },
  },
  {
    name: 'error-dep-e152',
    topic: 'error-codes',
    title: 'DEP_E152: a device executable failed',
    description: `The gateway executable of sensor-gateway-rpi-01 (restart policy Never) exited with code 1 ten minutes ago and was not restarted. ${look('sensor-gateway-rpi-01', 'Succeeded', 'DEP_E152', 'executables of the component deployed on the device either exited too early or failed')}`,
    focus: { deploymentName: 'sensor-gateway-rpi-01', phase: 'Succeeded', status: 'Error', errorCode: 'DEP_E152', note: 'The gateway reads error with reason Error and exit code 1. In docker deployments this may indicate an error with the entrypoint or command.' },
    stage(s) {
      s.advanceTo(s.ago(90 * MINUTE));
      const d = s.sensors('sensor-gateway-rpi-01', 'rpi-sensor-01', 'never');
      s.advanceTo(s.ago(10 * MINUTE));
      s.fault({ kind: 'crash', deploymentId: d.id, component: 'gateway', executable: 'gateway', exitCode: 1 });
    },
  },
  {
    name: 'error-dep-e153',
    topic: 'error-codes',
    title: 'DEP_E153: cloud image cannot be pulled',
    description: `The collector image telemetry/collector:0.9.4 was removed from its registry, then telemetry-canary was deployed to the cloud. ${look('telemetry-canary', 'Provisioning', 'DEP_E153', 'unable to either pull the docker image or build the source code for the component deployed on cloud')}`,
    focus: { deploymentName: 'telemetry-canary', phase: 'Provisioning', status: 'Error', errorCode: 'DEP_E153', note: 'The collector reads reason ErrImagePull / ImagePullBackOff and the pull is retried with back-off; the deployment stays Provisioning. Recommended action: verify that the docker image still exists at the registry.' },
    stage(s) {
      s.advanceTo(s.ago(30 * MINUTE));
      s.fault({ kind: 'remove-image', packageId: s.pkg.telemetry, component: 'collector', executable: 'collector' });
      s.advanceTo(s.ago(20 * MINUTE));
      s.deploy({ name: 'telemetry-canary', packageId: s.pkg.telemetry, labels: { env: 'canary' } });
    },
  },
  {
    name: 'error-dep-e154',
    topic: 'error-codes',
    title: 'DEP_E154: a cloud executable exited too early',
    description: `The collector of telemetry crashed, restarted, and crashed again 3–4 seconds after starting. ${look('telemetry', 'Succeeded', 'DEP_E154', 'executables of the component deployed on cloud exited too early')}`,
    focus: { deploymentName: 'telemetry', phase: 'Succeeded', status: 'Error', errorCode: 'DEP_E154', note: 'Cloud components always restart: after a 20 s back-off the collector starts again and the code clears, so pause the clock to study it. Recommended action: analyse the deployment logs.' },
    holdsFor: 20 * SECOND,
    stage: (s) => cloudCrashTwice(s, 15 * SECOND),
  },
  {
    name: 'error-dep-e155',
    topic: 'error-codes',
    title: 'DEP_E155: a cloud executable failed',
    description: `The collector of telemetry crashed, restarted, and failed again half a minute later. ${look('telemetry', 'Succeeded', 'DEP_E155', 'executables of the component deployed on cloud failed')}`,
    focus: { deploymentName: 'telemetry', phase: 'Succeeded', status: 'Error', errorCode: 'DEP_E155', note: 'Cloud components always restart: after a 20 s back-off the collector starts again and the code clears, so pause the clock to study it. Recommended action: analyse the deployment logs.' },
    holdsFor: 20 * SECOND,
    stage: (s) => cloudCrashTwice(s, 40 * SECOND),
  },
  {
    name: 'error-dep-e156',
    topic: 'error-codes',
    title: 'DEP_E156: a dependency is in error',
    description: `sensor-telemetry depends on sensor-gateway-rpi-02, whose device rpi-sensor-02 went offline. ${look('sensor-telemetry', 'Succeeded', 'DEP_E156', 'dependent deployment is in error state')} Its own executables are running.`,
    focus: { deploymentName: 'sensor-telemetry', phase: 'Succeeded', status: 'Error', errorCode: 'DEP_E156', note: 'Recommended action: troubleshoot the dependency, sensor-gateway-rpi-02 (DEP_E151). Bring rpi-sensor-02 online and both return to Running.' },
    stage(s) {
      s.advanceTo(s.ago(90 * MINUTE));
      const gateway = s.sensors('sensor-gateway-rpi-02', 'rpi-sensor-02', 'always');
      s.advanceTo(s.ago(60 * MINUTE));
      s.deploy({ name: 'sensor-telemetry', packageId: s.pkg.telemetry, labels: { site: 'kobe-plant' }, dependencies: [gateway.id] });
      s.advanceTo(s.ago(5 * MINUTE));
      s.fault({ kind: 'device-offline', deviceId: s.device('rpi-sensor-02') });
    },
  },
  {
    name: 'error-dep-e161',
    topic: 'error-codes',
    title: 'DEP_E161: device image not found',
    description: `The updater image ota/updater:2.0.1 was removed from its registry, then ota-picker-01 was deployed to picker-arm-01. ${look('ota-picker-01', 'Provisioning', 'DEP_E161', 'docker image not found for executables of components deployed on device')}`,
    focus: { deploymentName: 'ota-picker-01', phase: 'Provisioning', status: 'Error', errorCode: 'DEP_E161', note: 'The updater reads reason ErrImagePull / ImagePullBackOff and the pull is retried with back-off. Recommended action: verify that the path of the docker image is valid.' },
    stage(s) {
      s.advanceTo(s.ago(30 * MINUTE));
      s.fault({ kind: 'remove-image', packageId: s.pkg.ota, component: 'updater', executable: 'updater' });
      s.advanceTo(s.ago(20 * MINUTE));
      s.deploy({ name: 'ota-picker-01', packageId: s.pkg.ota, labels: { site: 'osaka-dc1' }, components: { updater: { deviceId: s.device('picker-arm-01') } } });
    },
  },
  {
    name: 'error-dep-e162',
    topic: 'error-codes',
    title: 'DEP_E162: rapyuta.io images missing on the device',
    description: `The rapyuta.io docker images were removed from picker-arm-02, then ota-picker-02 was deployed to it. ${look('ota-picker-02', 'Failed to start', 'DEP_E162', 'validation error — rapyuta.io docker images not present on docker device')}`,
    focus: { deploymentName: 'ota-picker-02', phase: 'FailedToStart', status: 'Error', errorCode: 'DEP_E162', note: 'The updater reads reason PlatformImagesMissing. Recommended action: onboard the device again. (The other DEP_E162 case, a ROS distro mismatch, is staged by phase-failed-to-start.)' },
    stage(s) {
      s.advanceTo(s.ago(30 * MINUTE));
      s.fault({ kind: 'remove-platform-images', deviceId: s.device('picker-arm-02') });
      s.advanceTo(s.ago(20 * MINUTE));
      s.deploy({ name: 'ota-picker-02', packageId: s.pkg.ota, labels: { site: 'osaka-dc1' }, components: { updater: { deviceId: s.device('picker-arm-02') } } });
    },
  },
  {
    name: 'error-dep-e163',
    topic: 'error-codes',
    title: 'DEP_E163: crash loop',
    description: `The localization executable of nav-amr-02 has been exiting with code 1 shortly after every start for half an hour. ${look('nav-amr-02', 'Succeeded', 'DEP_E163', 'application has stopped and exited unexpectedly, and crashes continuously')}`,
    focus: { deploymentName: 'nav-amr-02', phase: 'Succeeded', status: 'Error', errorCode: 'DEP_E163', note: 'localization reads reason CrashLoopBackOff, its Restart Count keeps growing and the back-off is capped at 5 minutes. Recommended action: debug the application using the deployment logs.' },
    stage(s) {
      s.advanceTo(s.ago(90 * MINUTE));
      const d = s.nav('nav-amr-02', 'warehouse-amr-02');
      s.advanceTo(s.ago(30 * MINUTE));
      s.fault({ kind: 'crash-loop', deploymentId: d.id, component: 'navigation', executable: 'localization', exitCode: 1 });
    },
  },
  {
    name: 'error-dep-e171',
    topic: 'error-codes',
    title: 'DEP_E171: duplicate alias on the device',
    description: `nav-amr-02 was deployed to warehouse-amr-02 with the alias warehouse-amr-01, which nav-amr-01 already uses on cloud-routed-net. ${look('nav-amr-02', 'Succeeded', 'DEP_E171', 'cloud bridge encountered duplicate alias on the device')}`,
    focus: { deploymentName: 'nav-amr-02', phase: 'Succeeded', status: 'Error', errorCode: 'DEP_E171', note: 'Its cloud bridge reads routing status error; nav-amr-01 is unaffected. Recommended action: change the alias so that no two are the same under one routed network.' },
    stage(s) {
      s.advanceTo(s.ago(90 * MINUTE));
      s.nav('nav-amr-01', 'warehouse-amr-01');
      s.advanceTo(s.ago(60 * MINUTE));
      s.nav('nav-amr-02', 'warehouse-amr-02', { alias: 'warehouse-amr-01' });
    },
  },
  bridgeLibrary('DEP_E172', 'compression', 'compression library', 'compression library required for the cloud bridge is missing on the device'),
  bridgeLibrary('DEP_E173', 'transport', 'transport library', 'transport libraries required for the cloud bridge is missing on the device'),
  {
    name: 'error-dep-e174',
    topic: 'error-codes',
    title: 'DEP_E174: multiple ROS service origins on the device',
    description: `nav-amr-01 on warehouse-amr-01 started offering the ROS service /fleet/assign_task, which fleet-manager-prod already offers on cloud-routed-net. ${look('nav-amr-01', 'Succeeded', 'DEP_E174', 'cloud bridge on the device encountered multiple ROS service origins')}`,
    focus: { deploymentName: 'nav-amr-01', phase: 'Succeeded', status: 'Error', errorCode: 'DEP_E174', note: 'Its cloud bridge reads routing status error. Recommended action: do not add multiple deployments with the same ROS service endpoint under the same routed network.' },
    stage: navThen((_s, deploymentId) => ({ kind: 'duplicate-ros-service', deploymentId, component: 'navigation' })),
  },
  bridgeLibrary('DEP_E175', 'actionlib', 'python actionlib/msgs', 'python actionlib/msgs required for the cloud bridge is missing on the device'),
  {
    name: 'error-dep-e176',
    topic: 'error-codes',
    title: 'DEP_E176: duplicate alias on the cloud component',
    description: `warehouse-hybrid-a was deployed with its cloud planner aliased map, which map-server-prod already uses on cloud-routed-net. ${look('warehouse-hybrid-a', 'Succeeded', 'DEP_E176', 'cloud bridge encountered duplicate alias on the cloud component')}`,
    focus: { deploymentName: 'warehouse-hybrid-a', phase: 'Succeeded', status: 'Error', errorCode: 'DEP_E176', note: 'The planner\'s cloud bridge reads routing status error; the robot-agent on agv-field-02 routes normally. Recommended action: change the alias.' },
    stage(s) {
      s.advanceTo(s.ago(90 * MINUTE));
      s.deploy({ name: 'map-server-prod', packageId: s.pkg.map, routedNetworkId: s.cloudNet, labels: { env: 'prod', team: 'mapping' } });
      s.advanceTo(s.ago(60 * MINUTE));
      s.deploy({ name: 'warehouse-hybrid-a', packageId: s.pkg.hybrid, routedNetworkId: s.cloudNet, labels: { site: 'nagoya-yard' }, components: { planner: { alias: 'map' }, 'robot-agent': { deviceId: s.device('agv-field-02') } } });
    },
  },
  {
    name: 'error-dep-e177',
    topic: 'error-codes',
    title: 'DEP_E177: multiple ROS service origins on the cloud component',
    description: `map-server-b was deployed next to map-server-a on cloud-routed-net; both offer the ROS service /static_map. ${look('map-server-b', 'Succeeded', 'DEP_E177', 'cloud bridge on the cloud component encountered multiple ROS service origins')}`,
    focus: { deploymentName: 'map-server-b', phase: 'Succeeded', status: 'Error', errorCode: 'DEP_E177', note: 'Its cloud bridge reads routing status error; map-server-a, the first origin, is unaffected.' },
    stage(s) {
      s.advanceTo(s.ago(90 * MINUTE));
      s.deploy({ name: 'map-server-a', packageId: s.pkg.map, routedNetworkId: s.cloudNet, labels: { team: 'mapping' }, components: { map: { alias: 'map_a' } } });
      s.advanceTo(s.ago(60 * MINUTE));
      s.deploy({ name: 'map-server-b', packageId: s.pkg.map, routedNetworkId: s.cloudNet, labels: { team: 'mapping' }, components: { map: { alias: 'map_b' } } });
    },
  },
  {
    name: 'error-dep-e2xx',
    topic: 'error-codes',
    title: 'DEP_E2xx: internal error in the cloud (DEP_E208)',
    description: `The cloud runtime stopped running the replicas of map-server-prod's cloud component. ${look('map-server-prod', 'Succeeded', 'DEP_E208', 'internal rapyuta.io error in the components deployed on cloud (desired set of replicas not running on cloud)')}`,
    focus: { deploymentName: 'map-server-prod', phase: 'Succeeded', status: 'Error', errorCode: 'DEP_E208', note: 'The map-server executable reads reason ReplicaNotRunning and prints nothing. Recommended action: report the issue to the support team; in the simulation, restart the replicas from the Simulator screen (Platform parts).' },
    stage(s) {
      s.advanceTo(s.ago(90 * MINUTE));
      const d = s.deploy({ name: 'map-server-prod', packageId: s.pkg.map, routedNetworkId: s.cloudNet, labels: { env: 'prod', team: 'mapping' } });
      s.advanceTo(s.ago(10 * MINUTE));
      s.fault({ kind: 'part-failure', part: 'replicas', deploymentId: d.id, component: 'map' });
    },
  },
  {
    name: 'error-dep-e3xx',
    topic: 'error-codes',
    title: 'DEP_E3xx: internal error on the device (DEP_E303)',
    description: `The cloud bridge executable of nav-amr-01's component on warehouse-amr-01 stopped. ${look('nav-amr-01', 'Succeeded', 'DEP_E303', 'internal rapyuta.io error in the components deployed on a device (cloud bridge executable not running on the device)')}`,
    focus: { deploymentName: 'nav-amr-01', phase: 'Succeeded', status: 'Error', errorCode: 'DEP_E303', note: 'Its cloud bridge reads Routing Status error and prints nothing. Recommended action: report the issue to the support team; in the simulation, restart the cloud bridge executable from the Simulator screen (Platform parts).' },
    stage: navThen((_s, deploymentId) => ({ kind: 'part-failure', part: 'cloud-bridge', deploymentId, component: 'navigation' })),
  },
  {
    name: 'error-dep-e4xx',
    topic: 'error-codes',
    title: 'DEP_E4xx: internal rapyuta.io error (DEP_E401)',
    description: `The rapyuta.io control plane stopped answering just after telemetry was deployed. ${look('telemetry', 'In progress', 'DEP_E401', 'internal rapyuta.io error')}`,
    focus: { deploymentName: 'telemetry', phase: 'InProgress', status: 'Error', errorCode: 'DEP_E401', note: 'telemetry waits In progress for the control plane, which answers again by itself 15 minutes later. Recommended action: report the issue to the support team; in the simulation, restore the control plane from the Simulator screen (Platform parts).' },
    stage(s) {
      s.advanceTo(s.ago(2 * MINUTE));
      s.deploy({ name: 'telemetry', packageId: s.pkg.telemetry, labels: { env: 'prod' } });
      s.fault({ kind: 'part-failure', part: 'control-plane', recoverAfterSeconds: 15 * 60 });
    },
  },
];
