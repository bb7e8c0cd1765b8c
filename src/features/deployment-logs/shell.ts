// The simulated shell's interpreter: a pure function from (target, state, command line) to output. It only answers
// what it can answer honestly from the deployment's facts; everything else says it is not available.
import { buildFileSystem, listDir, resolvePath, type FileSystem } from './shell-fs';
import { environment, hostname, isRos2, processes, topics, type ShellTarget } from './shell-target';

export interface ShellState {
  cwd: string;
}

export interface ShellOutput {
  text: string;
  stream: 'stdout' | 'stderr';
}

export interface ShellResult {
  state: ShellState;
  output: ShellOutput[];
  /** `clear` empties the screen. */
  clear: boolean;
}

export interface Shell {
  target: ShellTarget;
  fs: FileSystem;
  home: string;
}

export function createShell(target: ShellTarget): Shell {
  const { fs, home } = buildFileSystem(target);
  return { target, fs, home };
}

export const initialState = (shell: Shell): ShellState => ({ cwd: shell.home });

export function prompt(shell: Shell, state: ShellState): string {
  const cwd = state.cwd === '/root' ? '~' : state.cwd.startsWith('/root/') ? `~${state.cwd.slice(5)}` : state.cwd;
  return `root@${hostname(shell.target)}:${cwd}#`;
}

export function banner(shell: Shell): string[] {
  const t = shell.target;
  const where = t.runtime === 'device' && t.deviceName ? `on device ${t.deviceName}` : 'in the cloud';
  return [
    `Connected to ${t.executable} (component ${t.component}) ${where}.`,
    'This is a simulated shell: it answers from the deployment’s configuration. Type help for the commands it knows.',
  ];
}

const out = (...lines: string[]): ShellOutput[] => lines.map((text) => ({ text, stream: 'stdout' }));
const err = (...lines: string[]): ShellOutput[] => lines.map((text) => ({ text, stream: 'stderr' }));

function helpText(shell: Shell): ShellOutput[] {
  const ros = shell.target.ros;
  const rosLine = ros ? [isRos2(ros) ? '  ros2 topic list   topics on the ROS 2 graph' : '  rostopic list     topics known to the ROS master'] : [];
  return out(
    'Commands:',
    '  ls [path]         list a directory',
    '  cd [path]         change directory',
    '  pwd               print the current directory',
    '  cat <file>        print a file',
    '  env               environment variables (also printenv [name])',
    '  echo [text]       print text, expanding $NAME',
    '  ps                processes in this container',
    '  hostname, whoami  who and where you are',
    ...rosLine,
    '  clear             clear the screen',
    '  help              this list',
  );
}

/** Splits a command line into words, honouring single and double quotes. */
export function splitWords(line: string): string[] {
  const words: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (const m of line.matchAll(re)) words.push(m[1] ?? m[2] ?? m[3] ?? '');
  return words;
}

function ls(shell: Shell, state: ShellState, args: string[]): ShellOutput[] {
  const flags = args.filter((a) => a.startsWith('-'));
  const unsupported = flags.find((f) => !/^-[a1]+$/.test(f));
  if (unsupported) return err(`ls: option ${unsupported} is not available in the simulated shell (try ls or ls -a)`);
  const all = flags.some((f) => f.includes('a'));
  const targets = args.filter((a) => !a.startsWith('-'));
  const paths = targets.length ? targets : ['.'];
  return paths.flatMap((p, i) => {
    const path = resolvePath(state.cwd, p);
    const node = shell.fs.get(path);
    if (!node) return err(`ls: cannot access '${p}': No such file or directory`);
    if (node.kind !== 'dir') return out(p);
    const names = [...(all ? ['.', '..'] : []), ...listDir(shell.fs, path)];
    const heading = paths.length > 1 ? [`${i > 0 ? '\n' : ''}${p}:`] : [];
    return out(...heading, ...(names.length ? [names.join('  ')] : []));
  });
}

function cat(shell: Shell, state: ShellState, args: string[]): ShellOutput[] {
  if (args.length === 0) return err('cat: give a file to print, e.g. cat /etc/os-release');
  return args.flatMap((p) => {
    const node = shell.fs.get(resolvePath(state.cwd, p));
    if (!node) return err(`cat: ${p}: No such file or directory`);
    if (node.kind === 'dir') return err(`cat: ${p}: Is a directory`);
    if (node.kind === 'binary') return err(`cat: ${p}: ${node.what}; not shown in the simulated shell`);
    return out(...node.content.split('\n'));
  });
}

function cd(shell: Shell, state: ShellState, args: string[]): ShellResult {
  const target = args[0] === undefined ? '/root' : resolvePath(state.cwd, args[0]);
  const node = shell.fs.get(target);
  if (!node) return { state, clear: false, output: err(`bash: cd: ${args[0]}: No such file or directory`) };
  if (node.kind !== 'dir') return { state, clear: false, output: err(`bash: cd: ${args[0]}: Not a directory`) };
  return { state: { cwd: target }, clear: false, output: [] };
}

function rosTopics(shell: Shell, tool: 'rostopic' | 'ros2', args: string[]): ShellOutput[] {
  const ros = shell.target.ros;
  const ros2 = tool === 'ros2';
  if (!ros || isRos2(ros) !== ros2) return err(`bash: ${tool}: command not found`);
  const wanted = ros2 ? ['topic', 'list'] : ['list'];
  if (args.join(' ') !== wanted.join(' ')) {
    return err(`${tool} ${args.join(' ')}: not available in the simulated shell (try ${tool} ${wanted.join(' ')})`.replace(/ +/g, ' '));
  }
  return out(...topics(ros));
}

function run(shell: Shell, state: ShellState, words: string[]): ShellResult {
  const [name = '', ...args] = words;
  const env = environment(shell.target, state.cwd);
  const done = (output: ShellOutput[]): ShellResult => ({ state, clear: false, output });
  switch (name) {
    case 'help':
      return done(helpText(shell));
    case 'clear':
      return { state, clear: true, output: [] };
    case 'ls':
      return done(ls(shell, state, args));
    case 'cd':
      return cd(shell, state, args);
    case 'pwd':
      return done(out(state.cwd));
    case 'cat':
      return done(cat(shell, state, args));
    case 'env':
      return done(out(...env.map(([k, v]) => `${k}=${v}`)));
    case 'printenv': {
      if (args.length === 0) return done(out(...env.map(([k, v]) => `${k}=${v}`)));
      return done(out(...args.flatMap((a) => env.filter(([k]) => k === a).map(([, v]) => v))));
    }
    case 'echo': {
      const vars = new Map(env);
      return done(out(args.map((a) => a.replace(/\$\{?([A-Z_][A-Z0-9_]*)\}?/gi, (_, v: string) => vars.get(v) ?? '')).join(' ')));
    }
    case 'hostname':
      return done(out(hostname(shell.target)));
    case 'whoami':
      return done(out('root'));
    case 'ps':
      return done(out('  PID USER     COMMAND', ...processes(shell.target).map((p) => `${String(p.pid).padStart(5)} root     ${p.command}`)));
    case 'rostopic':
    case 'ros2':
      return done(rosTopics(shell, name, args));
    default:
      return done(err(`bash: ${name}: command not found`));
  }
}

export function runCommand(shell: Shell, state: ShellState, line: string): ShellResult {
  const trimmed = line.trim();
  if (!trimmed) return { state, clear: false, output: [] };
  if (/[|;&<>`]|\$\(/.test(trimmed.replace(/"[^"]*"|'[^']*'/g, ''))) {
    return { state, clear: false, output: err('Pipes, redirection and command lists are not available in the simulated shell; run one command at a time.') };
  }
  return run(shell, state, splitWords(trimmed));
}
