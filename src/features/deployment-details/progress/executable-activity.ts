// What one executable is doing right now, in words, so a slow image pull reads as a slow pull and not a hang.
import type { DeploymentResource, ExecutableStatusEntry } from '../../../api';
import { formatBytes, formatDuration } from '../../../lib/format';
import { isMovingPhase } from '../../../vocabulary';

export interface PullProgress {
  doneBytes: number;
  totalBytes: number;
  /** 0–100, whole numbers. */
  percent: number;
  /** `345 MiB of 2.4 GiB`. */
  text: string;
}

export interface ExecutableActivity {
  /** `Pulling image`, `Creating container`, `Starting`, `Running`, … */
  label: string;
  /** The second line: the image, how long is left, the exit code. */
  detail?: string;
  pull?: PullProgress;
  /** The step is still moving (drawn with a spinner-like accent). */
  active: boolean;
}

const imageRef = (e: ExecutableStatusEntry) => (e.image ? `${e.image}:${e.tag ?? 'latest'}` : undefined);

function remaining(until: string | undefined, now: number | null | undefined): string | undefined {
  if (!until || now === null || now === undefined) return undefined;
  const ms = Date.parse(until) - now;
  return ms > 0 ? formatDuration(ms) : undefined;
}

function pullProgress(pull: NonNullable<ExecutableStatusEntry['pull']>): PullProgress | undefined {
  if (pull.totalBytes <= 0) return undefined;
  const doneBytes = Math.min(pull.doneBytes, pull.totalBytes);
  const percent = Math.floor((doneBytes / pull.totalBytes) * 100);
  return { doneBytes, totalBytes: pull.totalBytes, percent, text: `${formatBytes(doneBytes)} of ${formatBytes(pull.totalBytes)}` };
}

export function executableActivity(e: ExecutableStatusEntry, now?: number | null): ExecutableActivity {
  const left = remaining(e.stageEndsAt, now);
  switch (e.stage) {
    case 'waiting':
      return { label: e.reason === 'DeviceOffline' ? 'Waiting for the device' : 'Waiting to start', active: true };
    case 'pulling': {
      const pull = e.pull && pullProgress(e.pull);
      const retry = e.reason === 'ErrImagePull';
      const detail = [imageRef(e), left && `about ${left} left`].filter(Boolean).join(' · ');
      return { label: retry ? 'Retrying image pull' : 'Pulling image', active: true, ...(detail ? { detail } : {}), ...(pull ? { pull } : {}) };
    }
    case 'creating':
      return { label: 'Creating container', active: true };
    case 'starting':
      return { label: e.type === 'docker' ? 'Starting container' : 'Starting process', active: true };
    case 'backoff':
      return { label: 'Back-off', detail: left ? `restarting in ${left}` : 'waiting to restart', active: true };
    case 'stopped':
      return { label: 'Stopped', active: false, ...(e.exit_code !== undefined ? { detail: `exit code ${e.exit_code}` } : {}) };
    case 'running':
      return { label: 'Running', active: false };
  }
}

/** Whether the page shows per-executable progress: while provisioning, or while anything is pulling or starting. */
export function showsProgress(d: DeploymentResource): boolean {
  if (isMovingPhase(d.status.phase)) return true;
  return Object.values(d.status.executables_status).some((e) => e.stage === 'pulling' || e.stage === 'creating' || e.stage === 'starting');
}
