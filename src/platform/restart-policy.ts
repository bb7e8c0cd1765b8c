// The guide's restart policies for device components, with its three exceptions. Cloud components always restart.
import type { DeployedComponent, Device, ExecutableInstance, RestartPolicy } from './types';

/**
 * After an executable exits: `always` restarts it, `onfailure` only for a non-zero exit code, `never` not at all.
 * Exception 3: a container stopped by hand is not restarted by any policy until the device reboots.
 */
export function restartsAfterExit(comp: DeployedComponent, ex: ExecutableInstance, exitCode: number): boolean {
  if (comp.runtime === 'cloud') return true;
  if (ex.stoppedByHand) return false;
  switch (comp.restartPolicy ?? 'always') {
    case 'always':
      return true;
    case 'onfailure':
      return exitCode !== 0;
    case 'never':
      return false;
  }
}

/** A reboot is not a failure: only `always` brings executables (and the shared ROS master) back. */
export function restartsAfterReboot(policy: RestartPolicy | undefined): boolean {
  return (policy ?? 'always') === 'always';
}

/** Exception 1: a preinstalled executable starts only when its command is on the device's $PATH. */
export function commandOnPath(device: Device | undefined, ex: ExecutableInstance): boolean {
  if (ex.type !== 'preInstalled') return true;
  const command = ex.command.trim().split(/\s+/)[0] ?? '';
  return device !== undefined && device.pathCommands.includes(command);
}
