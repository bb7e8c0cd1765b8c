import { describe, expect, it } from 'vitest';
import { banner, createShell, initialState, prompt, runCommand, splitWords, type Shell, type ShellState } from './shell';
import type { ShellTarget } from './shell-target';

const navigation: ShellTarget = {
  deploymentId: 'dep-g6dq9zumwrcq8yp6jque',
  deploymentName: 'nav-amr-01',
  component: 'navigation',
  runtime: 'device',
  deviceName: 'warehouse-amr-01',
  alias: 'warehouse-amr-01',
  executable: 'navigation',
  image: 'registry.gantry.dev/acme/nav-stack/navigation',
  tag: '2.3.0',
  command: 'roslaunch acme_navigation navigation.launch',
  ros: { distro: 'noetic', topics: ['/odom', '/scan', '/cmd_vel'], cloudBridge: 'nav-amr-01-navigation-cb', network: 'cloud-routed-net' },
};

const gateway: ShellTarget = {
  deploymentId: 'dep-9e39xvu14aocyoi4ejco',
  deploymentName: 'sensor-gateway-rpi-01',
  component: 'gateway',
  runtime: 'device',
  deviceName: 'rpi-sensor-01',
  executable: 'gateway',
  command: '/app/gateway --bus /dev/i2c-1',
};

const detector: ShellTarget = {
  deploymentId: 'dep-s9dzb1wg6aycly55afvw',
  deploymentName: 'vision-line-2',
  component: 'inspection',
  runtime: 'cloud',
  executable: 'detector',
  command: 'ros2 run acme_vision detector',
  ros: { distro: 'foxy', topics: ['/camera/image_raw', '/detections'] },
};

function session(target: ShellTarget) {
  const shell = createShell(target);
  let state: ShellState = initialState(shell);
  return {
    shell,
    get state() {
      return state;
    },
    run(line: string) {
      const result = runCommand(shell, state, line);
      state = result.state;
      return result;
    },
    text(line: string) {
      return this.run(line).output.map((o) => o.text).join('\n');
    },
  };
}

const stderrOf = (shell: Shell, line: string) => runCommand(shell, initialState(shell), line).output.filter((o) => o.stream === 'stderr').map((o) => o.text);

describe('the simulated shell', () => {
  it('opens in the ROS workspace of a ROS executable with a prompt naming the host', () => {
    const s = session(navigation);
    expect(s.state.cwd).toBe('/root/catkin_ws');
    expect(prompt(s.shell, s.state)).toBe('root@warehouse-amr-01:~/catkin_ws#');
    expect(banner(s.shell)[0]).toBe('Connected to navigation (component navigation) on device warehouse-amr-01.');
  });

  it('lists a plausible file system with the package from the command', () => {
    const s = session(navigation);
    expect(s.text('ls')).toBe('build  devel  src');
    expect(s.text('ls src')).toBe('CMakeLists.txt  acme_navigation');
    expect(s.text('ls src/acme_navigation/launch')).toBe('navigation.launch');
    expect(s.text('ls /')).toContain('opt  proc  root');
    expect(s.text('ls -a /opt')).toBe('.  ..  ros');
    expect(s.text('ls /nowhere')).toBe("ls: cannot access '/nowhere': No such file or directory");
    expect(s.text('ls -l')).toMatch(/not available in the simulated shell/);
  });

  it('changes directory and prints it', () => {
    const s = session(navigation);
    s.run('cd src/acme_navigation');
    expect(s.text('pwd')).toBe('/root/catkin_ws/src/acme_navigation');
    s.run('cd ..');
    expect(s.text('pwd')).toBe('/root/catkin_ws/src');
    expect(s.text('cd package.xml')).toMatch(/No such file/);
    s.run('cd');
    expect(s.state.cwd).toBe('/root');
    expect(s.text('cd /etc/hostname')).toBe('bash: cd: /etc/hostname: Not a directory');
  });

  it('prints a few files and refuses the rest honestly', () => {
    const s = session(navigation);
    expect(s.text('cat /etc/hostname')).toBe('warehouse-amr-01');
    expect(s.text('cat /etc/os-release')).toContain('Ubuntu 20.04.6 LTS (Focal Fossa)');
    expect(s.text('cat src/acme_navigation/launch/navigation.launch')).toContain('<node pkg="acme_navigation" type="navigation" name="navigation"');
    expect(s.text('cat src/acme_navigation/package.xml')).toContain('<version>2.3.0</version>');
    expect(s.text('cat /etc/shadow')).toBe('cat: /etc/shadow: No such file or directory');
    expect(s.text('cat src')).toBe('cat: src: Is a directory');
    expect(s.text('cat')).toMatch(/give a file/);
  });

  it('shows the RIO and ROS environment of a ROS 1 executable', () => {
    const env = session(navigation).text('env').split('\n');
    expect(env).toContain('RIO_DEPLOYMENT_ID=dep-g6dq9zumwrcq8yp6jque');
    expect(env).toContain('RIO_ROS_ENV_ALIAS=warehouse-amr-01');
    expect(env).toContain('RIO_DEVICE_NAME=warehouse-amr-01');
    expect(env).toContain('ROS_DISTRO=noetic');
    expect(env).toContain('ROS_MASTER_URI=http://localhost:11311');
    expect([...env].sort()).toEqual(env);
  });

  it('has no ROS variables outside ROS, and ROS 2 has no master', () => {
    expect(session(gateway).text('env')).not.toMatch(/ROS_/);
    const ros2 = session(detector).text('env');
    expect(ros2).toContain('ROS_DOMAIN_ID=0');
    expect(ros2).not.toContain('ROS_MASTER_URI');
  });

  it('expands variables in echo and printenv', () => {
    const s = session(navigation);
    expect(s.text('echo $ROS_DISTRO and ${RIO_EXECUTABLE_NAME}')).toBe('noetic and navigation');
    expect(s.text('printenv ROS_MASTER_URI')).toBe('http://localhost:11311');
    expect(s.text('echo "a  b"')).toBe('a  b');
  });

  it('lists the processes: the command, the ROS master, the node and the cloud bridge', () => {
    const ps = session(navigation).text('ps').split('\n');
    expect(ps[0]).toBe('  PID USER     COMMAND');
    expect(ps[1]).toBe('    1 root     roslaunch acme_navigation navigation.launch');
    expect(ps.some((l) => l.includes('rosmaster --core -p 11311'))).toBe(true);
    expect(ps.some((l) => l.includes('/root/catkin_ws/devel/lib/acme_navigation/navigation __name:=navigation'))).toBe(true);
    expect(ps.some((l) => l.includes('cloud_bridge --name nav-amr-01-navigation-cb --network cloud-routed-net'))).toBe(true);
    expect(ps.at(-1)).toMatch(/ root {5}ps$/);
    expect(session(gateway).text('ps').split('\n').slice(1).map((l) => l.slice(15))).toEqual(['/app/gateway --bus /dev/i2c-1', 'ps']);
  });

  it('lists ROS topics from the package, ROS’s own and the routed network’s', () => {
    expect(session(navigation).text('rostopic list').split('\n')).toEqual(['/cmd_vel', '/odom', '/rapyuta_io_peers', '/rosout', '/rosout_agg', '/scan']);
    expect(session(detector).text('ros2 topic list').split('\n')).toEqual(['/camera/image_raw', '/detections', '/parameter_events', '/rosout']);
    expect(session(navigation).text('rostopic echo /odom')).toBe('rostopic echo /odom: not available in the simulated shell (try rostopic list)');
  });

  it('says command not found where the tool does not exist', () => {
    expect(stderrOf(createShell(gateway), 'rostopic list')).toEqual(['bash: rostopic: command not found']);
    expect(stderrOf(createShell(detector), 'rostopic list')).toEqual(['bash: rostopic: command not found']);
    expect(stderrOf(createShell(navigation), 'vim file')).toEqual(['bash: vim: command not found']);
  });

  it('builds a non-ROS container from the command: program folder, config files, device paths', () => {
    const s = session(gateway);
    expect(s.state.cwd).toBe('/app');
    expect(s.text('ls')).toBe('gateway');
    expect(s.text('cat gateway')).toBe('cat: gateway: ELF 64-bit executable; not shown in the simulated shell');
    expect(s.text('ls /dev')).toBe('i2c-1');
    expect(s.text('cat /etc/os-release')).toContain('Debian GNU/Linux 12 (bookworm)');
    const broker = session({ ...gateway, executable: 'mqtt-bridge', command: 'mosquitto -c /mosquitto/config/mosquitto.conf' });
    expect(broker.text('cat /mosquitto/config/mosquitto.conf')).toContain('listener 1883');
    expect(broker.text('ls /usr/bin')).toBe('mosquitto');
  });

  it('names a cloud pod deterministically', () => {
    const cloud = { ...navigation, runtime: 'cloud' as const, deviceName: undefined };
    const host = session(cloud).text('hostname');
    expect(host).toMatch(/^navigation-[0-9a-z]{5}-[0-9a-z]{5}$/);
    expect(session(cloud).text('hostname')).toBe(host);
  });

  it('clears, explains itself, ignores blank lines and refuses pipes', () => {
    const s = session(navigation);
    expect(s.run('clear')).toMatchObject({ clear: true, output: [] });
    expect(s.text('help')).toContain('rostopic list');
    expect(session(detector).text('help')).toContain('ros2 topic list');
    expect(s.run('   ').output).toEqual([]);
    expect(s.text('ps | grep ros')).toMatch(/Pipes, redirection and command lists are not available/);
    expect(s.text('echo "a|b"')).toBe('a|b');
  });

  it('splits words with quotes', () => {
    expect(splitWords(`echo "a b" 'c d' e`)).toEqual(['echo', 'a b', 'c d', 'e']);
  });

  it('is deterministic', () => {
    const a = session(navigation);
    const b = session(navigation);
    for (const cmd of ['ls /', 'env', 'ps', 'rostopic list', 'cat /etc/hosts']) expect(a.text(cmd)).toBe(b.text(cmd));
  });
});
