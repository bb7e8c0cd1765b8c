// The guide's restart policies for device deployments (what happens after a crash and after a reboot) and its three
// exceptions.
import { MINUTE } from '../../durations';
import type { RestartPolicy } from '../../types';
import type { Stage } from '../stage';
import type { GalleryScenario } from './types';

/** sensor-gateway-rpi-01 under `policy`: the gateway crashes (exit 1) 40 minutes before the hand-over, optionally the
 * mqtt-bridge exits cleanly (exit 0), and rpi-sensor-01 reboots 20 minutes before the hand-over. */
function crashThenReboot(policy: RestartPolicy, cleanExit = false): (s: Stage) => void {
  return (s) => {
    s.advanceTo(s.ago(90 * MINUTE));
    const d = s.sensors('sensor-gateway-rpi-01', 'rpi-sensor-01', policy);
    s.advanceTo(s.ago(40 * MINUTE));
    s.fault({ kind: 'crash', deploymentId: d.id, component: 'gateway', executable: 'gateway', exitCode: 1 });
    if (cleanExit) {
      s.advanceTo(s.ago(30 * MINUTE));
      s.fault({ kind: 'crash', deploymentId: d.id, component: 'gateway', executable: 'mqtt-bridge', exitCode: 0 });
    }
    s.advanceTo(s.ago(20 * MINUTE));
    s.fault({ kind: 'device-reboot', deviceId: s.device('rpi-sensor-01') });
  };
}

export const RESTART_POLICY_SCENARIOS: readonly GalleryScenario[] = [
  {
    name: 'restart-always',
    topic: 'restart-policy',
    title: 'Always: restarted after a crash and after a reboot',
    description:
      'sensor-gateway-rpi-01 runs on rpi-sensor-01 with restart policy Always ("always restart deployments if the deployment executables are in an error state or if the device is rebooted"). Its gateway crashed with exit code 1, later the device rebooted. Open sensor-gateway-rpi-01 — its phase reads Succeeded and its status Running, and Restart Count shows both restarts.',
    focus: {
      deploymentName: 'sensor-gateway-rpi-01',
      phase: 'Succeeded',
      status: 'Running',
      note: 'Restart Count: gateway 2 (after the crash and after the reboot), mqtt-bridge 1 (after the reboot). The events feed tells each restart.',
    },
    stage: crashThenReboot('always'),
  },
  {
    name: 'restart-on-failure',
    topic: 'restart-policy',
    title: 'On-failure: restarted after a crash, not after a clean exit or a reboot',
    description:
      'sensor-gateway-rpi-01 runs on rpi-sensor-01 with restart policy On-failure ("restart deployments only if the deployment executables exit due to an error, and the exit code is non-zero"). Its gateway crashed with exit code 1 and was restarted; its mqtt-bridge exited with code 0 and was not; then the device rebooted and nothing was restarted. Open sensor-gateway-rpi-01 — its phase reads Succeeded and its status Error with DEP_E152: executables of the component deployed on the device either exited too early or failed.',
    focus: {
      deploymentName: 'sensor-gateway-rpi-01',
      phase: 'Succeeded',
      status: 'Error',
      errorCode: 'DEP_E152',
      note: 'gateway: Restart Count 1, then reason DeviceRebooted after the reboot. mqtt-bridge: exit code 0, reason Completed, Restart Count 0.',
    },
    stage: crashThenReboot('onfailure', true),
  },
  {
    name: 'restart-never',
    topic: 'restart-policy',
    title: 'Never: not restarted after a crash or a reboot',
    description:
      'sensor-gateway-rpi-01 runs on rpi-sensor-01 with restart policy Never ("do not restart deployments under any circumstance"). Its gateway crashed with exit code 1, later the device rebooted. Open sensor-gateway-rpi-01 — its phase reads Succeeded and its status Error with DEP_E152: executables of the component deployed on the device either exited too early or failed.',
    focus: {
      deploymentName: 'sensor-gateway-rpi-01',
      phase: 'Succeeded',
      status: 'Error',
      errorCode: 'DEP_E152',
      note: 'Restart Count stays 0: gateway reads reason Error (exit code 1), mqtt-bridge reason DeviceRebooted.',
    },
    stage: crashThenReboot('never'),
  },
  {
    name: 'exception-missing-in-path',
    topic: 'restart-policy',
    title: 'Exception: executable missing in $PATH fails to start on restart',
    description:
      'teleop-lab-01 runs preinstalled executables on lab-turtlebot-01 with restart policy Always. roslaunch was removed from the device\'s $PATH, then the device rebooted; the restart failed ("restarting a deployment running on a device may fail if its executables are missing in $PATH"). Open teleop-lab-01 — its phase reads Succeeded and its status Error with DEP_E152: executables of the component deployed on the device either exited too early or failed.',
    focus: {
      deploymentName: 'teleop-lab-01',
      phase: 'Succeeded',
      status: 'Error',
      errorCode: 'DEP_E152',
      note: 'Both executables read reason CommandNotFound with exit code 127, and the logs say "roslaunch: command not found". While it ran, the missing command went unnoticed: only a (re)start looks it up.',
    },
    stage(s) {
      s.advanceTo(s.ago(90 * MINUTE));
      s.deploy({ name: 'teleop-lab-01', packageId: s.pkg.teleop, routedNetworkId: s.cloudNet, labels: { site: 'tokyo-lab' }, components: { teleop: { deviceId: s.device('lab-turtlebot-01'), restartPolicy: 'always' } } });
      s.advanceTo(s.ago(30 * MINUTE));
      s.fault({ kind: 'remove-from-path', deviceId: s.device('lab-turtlebot-01'), command: 'roslaunch' });
      s.advanceTo(s.ago(20 * MINUTE));
      s.fault({ kind: 'device-reboot', deviceId: s.device('lab-turtlebot-01') });
    },
  },
  {
    name: 'exception-shared-ros-master',
    topic: 'restart-policy',
    title: 'Exception: the shared ROS master keeps the first deployment\'s policy',
    description:
      'slam-amr-01 (restart policy Never) was the first ROS deployment on warehouse-amr-01, so the device\'s ROS master took its policy; nav-amr-01 came later with restart policy Always ("components that are shared between deployments running on the same device (like ROS Master) will have the same restart policy as that of the first deployment"). After a reboot the master stayed down. Open nav-amr-01 — its phase reads Succeeded and its status Error with DEP_E313: ROS master executable not running on the device, although its own executables were restarted.',
    focus: {
      deploymentName: 'nav-amr-01',
      phase: 'Succeeded',
      status: 'Error',
      errorCode: 'DEP_E313',
      note: 'nav-amr-01\'s executables were restarted (Restart Count 1) but read reason RosMasterNotRunning; slam-amr-01 reads DEP_E152 (not restarted, policy Never). A new ROS deployment on the device starts the master again.',
    },
    stage(s) {
      s.advanceTo(s.ago(90 * MINUTE));
      s.nav('slam-amr-01', 'warehouse-amr-01', { restartPolicy: 'never' }, { labels: { site: 'osaka-dc1', app: 'mapping' } });
      s.advanceTo(s.ago(60 * MINUTE));
      s.nav('nav-amr-01', 'warehouse-amr-01', { restartPolicy: 'always', alias: 'warehouse-amr-01-nav' });
      s.advanceTo(s.ago(20 * MINUTE));
      s.fault({ kind: 'device-reboot', deviceId: s.device('warehouse-amr-01') });
    },
  },
  {
    name: 'exception-stopped-by-hand',
    topic: 'restart-policy',
    title: 'Exception: a container stopped by hand is not restarted until a reboot',
    description:
      'The gateway container of sensor-gateway-rpi-01 (restart policy Always) was stopped by hand with docker stop ("both on-failure and always policies are not applied unless the device is rebooted"). Open sensor-gateway-rpi-01 — its phase reads Succeeded and its status Error with DEP_E152: executables of the component deployed on the device either exited too early or failed.',
    focus: {
      deploymentName: 'sensor-gateway-rpi-01',
      phase: 'Succeeded',
      status: 'Error',
      errorCode: 'DEP_E152',
      note: 'The gateway reads reason ContainerStopped with exit code 143 and stays down whatever the clock does. Reboot rpi-sensor-01 from the simulator to see Always apply again.',
    },
    stage(s) {
      s.advanceTo(s.ago(90 * MINUTE));
      const d = s.sensors('sensor-gateway-rpi-01', 'rpi-sensor-01', 'always');
      s.advanceTo(s.ago(10 * MINUTE));
      s.fault({ kind: 'stop-container', deploymentId: d.id, component: 'gateway', executable: 'gateway' });
    },
  },
];
