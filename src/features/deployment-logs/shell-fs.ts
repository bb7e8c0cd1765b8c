// A small, plausible file system for an executable's container, built from its image, command and ROS settings.
// Deterministic: the same target always gives the same tree.
import { hostname, isRos2, osRelease, rosLaunchOf, workspaceOf, type ShellTarget } from './shell-target';

export type FsNode = { kind: 'dir' } | { kind: 'file'; content: string } | { kind: 'binary'; what: string };

export type FileSystem = ReadonlyMap<string, FsNode>;

export const parentOf = (path: string) => (path === '/' ? '/' : path.slice(0, path.lastIndexOf('/')) || '/');

const BASE_DIRS = ['/bin', '/dev', '/etc', '/home', '/lib', '/opt', '/proc', '/root', '/sbin', '/sys', '/tmp', '/usr/bin', '/usr/lib', '/usr/local/bin', '/var/log'];

class Tree {
  readonly nodes = new Map<string, FsNode>([['/', { kind: 'dir' }]]);
  dir(path: string): void {
    if (this.nodes.has(path)) return;
    this.dir(parentOf(path));
    this.nodes.set(path, { kind: 'dir' });
  }
  put(path: string, node: FsNode): void {
    this.dir(parentOf(path));
    this.nodes.set(path, node);
  }
  file(path: string, content: string): void {
    this.put(path, { kind: 'file', content });
  }
}

function launchFile(target: ShellTarget, pkg: string): string {
  const topics = target.ros?.topics ?? [];
  if (target.ros && isRos2(target.ros)) {
    return [
      'from launch import LaunchDescription',
      'from launch_ros.actions import Node',
      '',
      'def generate_launch_description():',
      `    return LaunchDescription([Node(package='${pkg}', executable='${target.executable}', output='screen')])`,
    ].join('\n');
  }
  return [
    '<launch>',
    `  <node pkg="${pkg}" type="${target.executable}" name="${target.executable}" output="screen">`,
    ...topics.map((t) => `    <!-- uses ${t} -->`),
    '  </node>',
    '</launch>',
  ].join('\n');
}

function packageXml(target: ShellTarget, pkg: string): string {
  const ros2 = target.ros && isRos2(target.ros);
  return [
    '<?xml version="1.0"?>',
    `<package format="${ros2 ? 3 : 2}">`,
    `  <name>${pkg}</name>`,
    `  <version>${target.tag ?? '0.0.0'}</version>`,
    `  <description>${target.executable} of ${target.deploymentName}</description>`,
    `  <buildtool_depend>${ros2 ? 'ament_cmake' : 'catkin'}</buildtool_depend>`,
    `  <depend>${ros2 ? 'rclcpp' : 'roscpp'}</depend>`,
    '</package>',
  ].join('\n');
}

function addRos(tree: Tree, target: ShellTarget): string {
  const ros = target.ros!;
  const ws = workspaceOf(ros);
  tree.file(`/opt/ros/${ros.distro}/setup.bash`, `# generated from ${isRos2(ros) ? 'ament_package' : 'catkin'}/cmake/templates/setup.bash.in`);
  tree.dir(`/opt/ros/${ros.distro}/bin`);
  tree.dir(`/opt/ros/${ros.distro}/lib`);
  tree.dir(`/opt/ros/${ros.distro}/share`);
  tree.dir(`${ws}/build`);
  tree.dir(`${ws}/src`);
  if (isRos2(ros)) {
    tree.dir(`${ws}/log`);
    tree.file(`${ws}/install/setup.bash`, '# generated from colcon_core/shell/template/prefix_chain.bash.em');
  } else {
    tree.file(`${ws}/devel/setup.bash`, '# generated from catkin/cmake/templates/setup.bash.in');
    tree.file(`${ws}/src/CMakeLists.txt`, `# toplevel CMakeLists.txt for a catkin workspace\ninclude(/opt/ros/${ros.distro}/share/catkin/cmake/toplevel.cmake)`);
  }
  const launch = rosLaunchOf(target.command);
  if (launch) {
    const pkgDir = `${ws}/src/${launch.pkg}`;
    tree.file(`${pkgDir}/package.xml`, packageXml(target, launch.pkg));
    tree.file(`${pkgDir}/CMakeLists.txt`, `cmake_minimum_required(VERSION 3.0.2)\nproject(${launch.pkg})`);
    if (launch.tool === 'launch') tree.file(`${pkgDir}/launch/${launch.file}`, launchFile(target, launch.pkg));
    else tree.put(`${pkgDir}/src/${launch.file}`, { kind: 'binary', what: 'ROS node executable' });
  }
  return ws;
}

const CONFIG_CONTENT: Record<string, string> = {
  'mosquitto.conf': 'listener 1883\npersistence true\npersistence_location /mosquitto/data/\nlog_dest stdout',
};

function configContent(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  // Own entries only: a command may name a file `constructor`.
  if (Object.hasOwn(CONFIG_CONTENT, name)) return CONFIG_CONTENT[name] as string;
  if (/\.ya?ml$/.test(name)) return `image: ${name.replace(/\.ya?ml$/, '.pgm')}\nresolution: 0.050000\norigin: [-10.0, -10.0, 0.0]\noccupied_thresh: 0.65\nfree_thresh: 0.196`;
  return `# ${name}`;
}

/** The command's program and every absolute path it names become files (a device path is listed, not readable). */
function addCommandPaths(tree: Tree, command: string): string | undefined {
  const [program, ...args] = command.trim().split(/\s+/);
  let programDir: string | undefined;
  if (program?.startsWith('/')) {
    tree.put(program, { kind: 'binary', what: 'ELF 64-bit executable' });
    programDir = parentOf(program);
  } else if (program && !program.startsWith('ros')) {
    tree.put(`/usr/bin/${program}`, { kind: 'binary', what: 'ELF 64-bit executable' });
  }
  for (const arg of args.filter((a) => a.startsWith('/'))) {
    if (arg.startsWith('/dev/')) tree.put(arg, { kind: 'binary', what: 'character device' });
    else tree.file(arg, configContent(arg));
  }
  return programDir;
}

/** The tree and the directory the shell opens in (the ROS workspace, the program's folder, or `/`). */
export function buildFileSystem(target: ShellTarget): { fs: FileSystem; home: string } {
  const tree = new Tree();
  BASE_DIRS.forEach((d) => tree.dir(d));
  tree.file('/etc/hostname', hostname(target));
  tree.file('/etc/os-release', osRelease(target));
  tree.file('/etc/hosts', `127.0.0.1\tlocalhost\n127.0.1.1\t${hostname(target)}`);
  const programDir = addCommandPaths(tree, target.command);
  const ws = target.ros ? addRos(tree, target) : undefined;
  return { fs: tree.nodes, home: ws ?? (programDir && programDir !== '/usr/bin' && programDir !== '/usr/local/bin' ? programDir : '/') };
}

export function listDir(fs: FileSystem, dir: string): string[] {
  const prefix = dir === '/' ? '/' : `${dir}/`;
  return [...fs.keys()].filter((p) => p !== '/' && parentOf(p) === dir && p.startsWith(prefix)).map((p) => p.slice(prefix.length)).sort();
}

/** Resolves `path` against `cwd`, with `~`, `.` and `..`. */
export function resolvePath(cwd: string, path: string): string {
  const absolute = path.startsWith('~') ? `/root${path.slice(1)}` : path.startsWith('/') ? path : `${cwd}/${path}`;
  const parts: string[] = [];
  for (const part of absolute.split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}
