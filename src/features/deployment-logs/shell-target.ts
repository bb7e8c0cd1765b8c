// What the simulated shell is attached to: one executable's container, described with the facts the contract gives
// (image, command, component placement, ROS settings of the package). Pure data; no React.
import type { RosDistro } from '../../api';

export interface ShellRos {
  distro: RosDistro;
  /** Topics the package's component declares. */
  topics: readonly string[];
  /** The component's cloud bridge, when it is routed over a network. */
  cloudBridge?: string;
  network?: string;
}

export interface ShellTarget {
  deploymentId: string;
  deploymentName: string;
  component: string;
  runtime: 'cloud' | 'device';
  deviceName?: string;
  /** `RIO_ROS_ENV_ALIAS`: how the component is known on its routed network. */
  alias?: string;
  executable: string;
  image?: string;
  tag?: string;
  command: string;
  ros?: ShellRos;
}

export const isRos2 = (ros: ShellRos) => ros.distro === 'foxy';

const OS_RELEASES: Record<RosDistro, { name: string; version: string; codename: string }> = {
  kinetic: { name: 'Ubuntu', version: '16.04.7 LTS (Xenial Xerus)', codename: 'xenial' },
  melodic: { name: 'Ubuntu', version: '18.04.6 LTS (Bionic Beaver)', codename: 'bionic' },
  noetic: { name: 'Ubuntu', version: '20.04.6 LTS (Focal Fossa)', codename: 'focal' },
  foxy: { name: 'Ubuntu', version: '20.04.6 LTS (Focal Fossa)', codename: 'focal' },
};

/** ROS images are built on the distro's Ubuntu; other images on Debian. */
export function osRelease(target: ShellTarget): string {
  const os = target.ros ? OS_RELEASES[target.ros.distro] : { name: 'Debian GNU/Linux', version: '12 (bookworm)', codename: 'bookworm' };
  return [`PRETTY_NAME="${os.name} ${os.version}"`, `NAME="${os.name}"`, `VERSION="${os.version}"`, `VERSION_CODENAME=${os.codename}`].join('\n');
}

function hash36(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36).padStart(7, '0');
}

/** Device containers use host networking (the device's name); cloud executables run in a pod. */
export function hostname(target: ShellTarget): string {
  if (target.runtime === 'device' && target.deviceName) return target.deviceName;
  const h = hash36(`${target.deploymentId}/${target.component}/${target.executable}`);
  return `${target.executable}-${h.slice(0, 5)}-${h.slice(-5).padStart(5, 'x')}`;
}

export const pythonOf = (ros: ShellRos) => (ros.distro === 'noetic' || ros.distro === 'foxy' ? '/usr/bin/python3' : '/usr/bin/python');

export const workspaceOf = (ros: ShellRos) => (isRos2(ros) ? '/root/ros2_ws' : '/root/catkin_ws');

/** The ROS package and file a `roslaunch`/`rosrun`/`ros2 launch`/`ros2 run` command names, if it is one. */
export function rosLaunchOf(command: string): { tool: 'launch' | 'run'; pkg: string; file: string; args: string[] } | undefined {
  const words = command.trim().split(/\s+/);
  const [first, second] = words;
  if ((first === 'roslaunch' || first === 'rosrun') && words.length >= 3) {
    return { tool: first === 'roslaunch' ? 'launch' : 'run', pkg: words[1]!, file: words[2]!, args: words.slice(3) };
  }
  if (first === 'ros2' && (second === 'launch' || second === 'run') && words.length >= 4) {
    return { tool: second, pkg: words[2]!, file: words[3]!, args: words.slice(4) };
  }
  return undefined;
}

export function environment(target: ShellTarget, cwd: string): [string, string][] {
  const ros = target.ros;
  const path = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
  const vars: [string, string][] = [
    ['HOME', '/root'],
    ['HOSTNAME', hostname(target)],
    ['PATH', (ros ? [`/opt/ros/${ros.distro}/bin`, ...path] : path).join(':')],
    ['PWD', cwd],
    ['RIO_COMPONENT_NAME', target.component],
    ['RIO_DEPLOYMENT_ID', target.deploymentId],
    ['RIO_DEPLOYMENT_NAME', target.deploymentName],
    ['RIO_EXECUTABLE_NAME', target.executable],
    ['RIO_RUNTIME', target.runtime],
  ];
  if (target.deviceName) vars.push(['RIO_DEVICE_NAME', target.deviceName]);
  if (ros && target.alias) vars.push(['RIO_ROS_ENV_ALIAS', target.alias]);
  if (ros) {
    vars.push(['ROS_DISTRO', ros.distro]);
    if (isRos2(ros)) vars.push(['ROS_DOMAIN_ID', '0']);
    // Docker device runtime and cloud pods use host networking with one ROS master per host.
    else vars.push(['ROS_MASTER_URI', 'http://localhost:11311'], ['ROS_PACKAGE_PATH', `${workspaceOf(ros)}/src:/opt/ros/${ros.distro}/share`]);
    vars.push(['ROS_PYTHON_VERSION', pythonOf(ros).endsWith('3') ? '3' : '2'], ['ROS_VERSION', isRos2(ros) ? '2' : '1']);
  }
  return vars.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** `ps` in the container: the executable's command, its ROS node, the ROS master (or ROS 2 daemon) and the bridge. */
export function processes(target: ShellTarget): { pid: number; command: string }[] {
  const ros = target.ros;
  const list = [target.command];
  const launch = rosLaunchOf(target.command);
  if (ros) {
    const ws = workspaceOf(ros);
    const node = launch?.tool === 'launch' ? target.executable : launch?.file;
    if (isRos2(ros)) {
      list.push(`${pythonOf(ros)} -c from ros2cli.daemon.daemonize import main; main() --name ros2-daemon --ros-domain-id 0`);
      if (node && launch) list.push(`${ws}/install/${launch.pkg}/lib/${launch.pkg}/${node} --ros-args -r __node:=${target.executable}`);
    } else {
      list.push(`${pythonOf(ros)} /opt/ros/${ros.distro}/bin/rosmaster --core -p 11311 -w 3`);
      list.push(`/opt/ros/${ros.distro}/lib/rosout/rosout __name:=rosout`);
      if (node && launch) list.push(`${ws}/devel/lib/${launch.pkg}/${node} __name:=${target.executable}`);
    }
    if (ros.cloudBridge) list.push(`cloud_bridge --name ${ros.cloudBridge}${ros.network ? ` --network ${ros.network}` : ''}`);
  }
  list.push('ps');
  return list.map((command, i) => ({ pid: i === 0 ? 1 : 17 + i * 23, command }));
}

/** Topics `rostopic list` / `ros2 topic list` shows: the package's, ROS's own, and the routed network's peers topic. */
export function topics(ros: ShellRos): string[] {
  const own = isRos2(ros) ? ['/parameter_events', '/rosout'] : ['/rosout', '/rosout_agg'];
  const routed = ros.cloudBridge ? ['/rapyuta_io_peers'] : [];
  return [...new Set([...ros.topics, ...own, ...routed])].sort();
}
