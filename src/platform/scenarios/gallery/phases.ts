// The guide's deployment phases, the statuses that are only seen briefly, and in-place updates.
import { MINUTE, SECOND } from '../../durations';
import { must } from '../default';
import type { GalleryScenario } from './types';

export const PHASE_SCENARIOS: readonly GalleryScenario[] = [
  {
    name: 'phase-in-progress',
    topic: 'phases',
    title: 'In progress: waiting for a dependency',
    description:
      'inspection-telemetry was deployed with vision-line-3 as its dependency while vision-line-3 was still Provisioning (pulling its 2.5 GB detector image onto jetson-vision-01). Open inspection-telemetry — its phase reads In progress ("accepts request to deploy a package and starts deployment process") and its status Pending, with reason WaitingForDependency.',
    focus: {
      deploymentName: 'inspection-telemetry',
      phase: 'InProgress',
      status: 'Pending',
      note: 'It stays In progress while vision-line-3 pulls its image (a few minutes at speed 1). When the clock runs, it moves on to Provisioning, then Succeeded.',
    },
    holdsFor: 2 * MINUTE,
    stage(s) {
      s.advanceTo(s.ago(40 * SECOND));
      const vision = s.deploy({ name: 'vision-line-3', packageId: s.pkg.vision, routedNetworkId: s.lanNet, labels: { site: 'kobe-plant', line: '3' }, components: { inspection: { deviceId: s.device('jetson-vision-01') } } });
      s.advanceTo(s.ago(20 * SECOND));
      s.deploy({ name: 'inspection-telemetry', packageId: s.pkg.telemetry, labels: { site: 'kobe-plant', line: '3' }, dependencies: [vision.id] });
    },
  },
  {
    name: 'phase-provisioning',
    topic: 'phases',
    title: 'Provisioning: pulling a large image (status Pending)',
    description:
      'vision-line-2 was deployed 30 seconds ago to jetson-vision-01, which pulls at 3–15 MB/s. Open vision-line-2 — its phase reads Provisioning ("pulls a docker image and creates a running instance of the image (docker container) for each executable of the component") and its status Pending ("docker image is being pulled"): the detector\'s 2.5 GB pull shows its progress.',
    focus: {
      deploymentName: 'vision-line-2',
      phase: 'Provisioning',
      status: 'Pending',
      note: 'The pull takes another 2–14 minutes at speed 1. When the clock runs, the containers are created and started, and the phase moves to Succeeded with status Running.',
    },
    holdsFor: 2 * MINUTE,
    stage(s) {
      s.advanceTo(s.ago(30 * SECOND));
      s.deploy({ name: 'vision-line-2', packageId: s.pkg.vision, routedNetworkId: s.lanNet, labels: { site: 'kobe-plant', line: '2' }, components: { inspection: { deviceId: s.device('jetson-vision-01') } } });
    },
  },
  {
    name: 'phase-succeeded',
    topic: 'phases',
    title: 'Succeeded: status Running',
    description:
      'nav-amr-01 was deployed an hour and a half ago to warehouse-amr-01, with fleet-manager-prod as its dependency. Open nav-amr-01 — its phase reads Succeeded ("each executable of every component is successfully started") and its status Running ("executables of components are running"); its dependency also reads Running.',
    focus: { deploymentName: 'nav-amr-01', phase: 'Succeeded', status: 'Running', note: 'Restart Count is 0; the cloud bridge routes on cloud-routed-net.' },
    stage(s) {
      s.advanceTo(s.ago(90 * MINUTE));
      s.nav('nav-amr-01', 'warehouse-amr-01', {}, { dependencies: [s.fleet.id] });
    },
  },
  {
    name: 'phase-failed-to-start',
    topic: 'phases',
    title: 'Failed to start: ROS distro mismatch (DEP_E162)',
    description:
      'nav-lab-02 deploys nav-stack (ROS noetic) to lab-turtlebot-02, which runs ROS melodic. Open nav-lab-02 — its phase reads Failed to start ("error occurred during In progress phase") and its status Error with DEP_E162: validation error, inconsistent values of ROS distro and CPU architecture variables for the device and package being provisioned.',
    focus: {
      deploymentName: 'nav-lab-02',
      phase: 'FailedToStart',
      status: 'Error',
      errorCode: 'DEP_E162',
      note: 'The executables were never started (reason RosDistroMismatch). Deprovision it and deploy a package with the right ROS distro.',
    },
    stage(s) {
      s.advanceTo(s.ago(30 * MINUTE));
      s.nav('nav-lab-02', 'lab-turtlebot-02', {}, { labels: { site: 'tokyo-lab', app: 'navigation' } });
    },
  },
  {
    name: 'phase-partially-deprovisioned',
    topic: 'phases',
    title: 'Partially deprovisioned: a device was offline',
    description:
      'warehouse-hybrid-b runs a route planner in the cloud and an agent on agv-field-02. agv-field-02 went offline, then the deployment was deprovisioned. Open warehouse-hybrid-b — its phase reads Partially deprovisioned ("you deprovisioned a deployment, but there is at least one component that could not be deprovisioned") and its status Error with DEP_E151: device is either offline or not reachable.',
    focus: {
      deploymentName: 'warehouse-hybrid-b',
      phase: 'PartiallyDeprovisioned',
      status: 'Error',
      errorCode: 'DEP_E151',
      note: 'The planner component was removed; robot-agent on agv-field-02 was not. Bring agv-field-02 online and deprovision again to reach Deployment stopped.',
    },
    stage(s) {
      s.advanceTo(s.ago(90 * MINUTE));
      const d = s.deploy({ name: 'warehouse-hybrid-b', packageId: s.pkg.hybrid, routedNetworkId: s.cloudNet, labels: { site: 'nagoya-yard' }, components: { 'robot-agent': { deviceId: s.device('agv-field-02') } } });
      s.advanceTo(s.ago(20 * MINUTE));
      s.fault({ kind: 'device-offline', deviceId: s.device('agv-field-02') });
      s.advanceTo(s.ago(15 * MINUTE));
      must(s.p.deprovision(d.id));
    },
  },
  {
    name: 'phase-deployment-stopped',
    topic: 'phases',
    title: 'Deployment stopped: status Stopped',
    description:
      'telemetry-staging ran for over an hour and was deprovisioned ten minutes ago. Open telemetry-staging — its phase reads Deployment stopped ("you deprovisioned a deployment, and all of its components are stopped") and its status Stopped.',
    focus: {
      deploymentName: 'telemetry-staging',
      phase: 'Stopped',
      status: 'Stopped',
      note: 'Deployment lists leave stopped deployments out by default: include Deployment stopped in the phase filter to find it.',
    },
    stage(s) {
      s.advanceTo(s.ago(90 * MINUTE));
      const d = s.deploy({ name: 'telemetry-staging', packageId: s.pkg.telemetry, labels: { env: 'staging' } });
      s.advanceTo(s.ago(10 * MINUTE));
      must(s.p.deprovision(d.id));
    },
  },
];

export const STATUS_SCENARIOS: readonly GalleryScenario[] = [
  {
    name: 'status-pending-restarting',
    topic: 'statuses',
    title: 'Pending: restarting after a runtime error',
    description:
      'sensor-gateway-rpi-01 (restart policy Always) has just crashed for the second time in two minutes. Open sensor-gateway-rpi-01 — its phase reads Succeeded and its status Pending ("restarting executable due to runtime error in the application"): the gateway executable waits out its back-off, with reason BackOff and Restart Count 1.',
    focus: {
      deploymentName: 'sensor-gateway-rpi-01',
      phase: 'Succeeded',
      status: 'Pending',
      note: 'The back-off is 20 s: pause the clock to study it. When the clock runs, the gateway restarts (Restart Count 2) and the status returns to Running.',
    },
    holdsFor: 20 * SECOND,
    stage(s) {
      s.advanceTo(s.ago(90 * MINUTE));
      const d = s.sensors('sensor-gateway-rpi-01', 'rpi-sensor-01', 'always');
      s.advanceTo(s.ago(2 * MINUTE));
      s.fault({ kind: 'crash', deploymentId: d.id, component: 'gateway', executable: 'gateway', exitCode: 1 });
      s.advanceTo(s.ago(0));
      s.fault({ kind: 'crash', deploymentId: d.id, component: 'gateway', executable: 'gateway', exitCode: 1 });
    },
  },
  {
    name: 'status-unknown',
    topic: 'statuses',
    title: 'Unknown: the device is rebooting',
    description:
      'picker-arm-01 has just started to reboot, taking ota-picker-01\'s executables with it. Open ota-picker-01 — its phase reads Succeeded and its status Unknown ("rapyuta.io is unaware of the current status"), with reason DeviceRebooting and no error code.',
    focus: {
      deploymentName: 'ota-picker-01',
      phase: 'Succeeded',
      status: 'Unknown',
      note: 'The reboot takes 30–60 s: pause the clock to study it. When the clock runs, the device comes back and, under restart policy Always, the updater restarts (Restart Count 1).',
    },
    holdsFor: 29 * SECOND,
    stage(s) {
      s.advanceTo(s.ago(90 * MINUTE));
      s.deploy({ name: 'ota-picker-01', packageId: s.pkg.ota, labels: { site: 'osaka-dc1' }, components: { updater: { deviceId: s.device('picker-arm-01'), restartPolicy: 'always' } } });
      s.advanceTo(s.ago(0));
      s.fault({ kind: 'device-reboot', deviceId: s.device('picker-arm-01') });
    },
  },
];

export const UPDATE_SCENARIOS: readonly GalleryScenario[] = [
  {
    name: 'failed-to-update',
    topic: 'updates',
    title: 'Failed To Update: the device went offline (DEP_E151)',
    description:
      'nav-amr-03 was updated in place while warehouse-amr-03 was offline; the rollout gave up. Open nav-amr-03 — its phase reads Failed To Update ("one or more component failed while updating the deployment") and its status Error with DEP_E151: device is either offline or not reachable. The History tab shows generation 2 with a failure icon.',
    focus: {
      deploymentName: 'nav-amr-03',
      phase: 'FailedToUpdate',
      status: 'Error',
      errorCode: 'DEP_E151',
      note: 'Update Deployment stays enabled in Failed To Update; Historical Logs can be read, Live Logs and Shell Access are disabled. Bring warehouse-amr-03 online and update again to reach generation 3.',
    },
    stage(s) {
      s.advanceTo(s.ago(90 * MINUTE));
      const d = s.nav('nav-amr-03', 'warehouse-amr-03');
      s.advanceTo(s.ago(10 * MINUTE));
      s.fault({ kind: 'device-offline', deviceId: s.device('warehouse-amr-03') });
      s.advanceTo(s.ago(9 * MINUTE));
      must(s.p.update(d.id, { components: [{ name: 'navigation' }] }));
    },
  },
  {
    name: 'update-rolling-out',
    topic: 'updates',
    title: 'Update rolling out: Provisioning generation 2',
    description:
      'nav-amr-02 was updated in place to navigation and localization 2.2.1 twenty seconds ago. Open nav-amr-02 — its phase reads Provisioning and its status Pending while the new replicas pull their images; Deployment Generation reads 2 and the History tab shows the update as pending.',
    focus: {
      deploymentName: 'nav-amr-02',
      phase: 'Provisioning',
      status: 'Pending',
      note: 'Update Deployment is disabled until the rollout ends. The 1.8 GB pull takes 2–10 minutes at speed 1; then the phase is Succeeded with generation 2.',
    },
    holdsFor: 90 * SECOND,
    stage(s) {
      s.advanceTo(s.ago(90 * MINUTE));
      const d = s.nav('nav-amr-02', 'warehouse-amr-02');
      s.advanceTo(s.ago(20 * SECOND));
      must(s.p.update(d.id, { components: [{ name: 'navigation', executables: { navigation: '2.2.1', localization: '2.2.1' } }] }));
    },
  },
  {
    name: 'update-history',
    topic: 'updates',
    title: 'Update and rollback: three generations',
    description:
      'nav-amr-01 was updated in place to 2.2.0 and later rolled back to generation 1. Open nav-amr-01 — its phase reads Succeeded and its status Running; Deployment Generation reads 3, and the History tab lists generations 1 (create), 2 (update) and 3 (rollback), each with a success icon.',
    focus: { deploymentName: 'nav-amr-01', phase: 'Succeeded', status: 'Running', note: 'Compare the generations side by side in History: the tags go 2.3.0 → 2.2.0 → 2.3.0.' },
    stage(s) {
      s.advanceTo(s.ago(90 * MINUTE));
      const d = s.nav('nav-amr-01', 'warehouse-amr-01');
      s.advanceTo(s.ago(60 * MINUTE));
      must(s.p.update(d.id, { components: [{ name: 'navigation', executables: { navigation: '2.2.0', localization: '2.2.0' } }] }));
      s.advanceTo(s.ago(30 * MINUTE));
      must(s.p.rollback(d.id, 1));
    },
  },
];
