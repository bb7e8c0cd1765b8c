// The phase bar's steps, derived from the deployment's phase history: the path it actually took, then the steps of
// the normal path it has not reached yet. Failures stay on the bar once they happened, and repeated update
// rollouts that succeeded are folded so the bar stays short.
import type { DeploymentPhase, DeploymentResource } from '../../../api';
import { phaseLabel, phaseTone, type Tone } from '../../../lib/labels';

export type StepState = 'done' | 'current' | 'upcoming';

export interface PhaseStep {
  /** Stable React key: position in the history, or the phase for upcoming steps. */
  key: string;
  phase: DeploymentPhase;
  /** The guide's name, e.g. `Failed to start`. */
  label: string;
  state: StepState;
  tone: Tone;
  /** A failure or partial result, which the bar never hides. */
  failure: boolean;
  /** Why the step is on the bar again, e.g. `update` for a rollout re-entering Provisioning. */
  note?: string;
  enteredAt?: number;
  /** Time spent in the step; for the current step, time so far (when `now` is known). */
  durationMs?: number;
}

export interface PhaseBarModel {
  steps: PhaseStep[];
  current: PhaseStep;
  /** Successful update rollouts folded out of the bar (see the History tab for them). */
  foldedUpdates: number;
}

type PhaseHistory = DeploymentResource['status']['phaseHistory'];

const NORMAL_PATH: readonly DeploymentPhase[] = ['InProgress', 'Provisioning', 'Succeeded'];
const FAILURES: ReadonlySet<DeploymentPhase> = new Set(['FailedToStart', 'FailedToUpdate', 'PartiallyDeprovisioned']);
const AFTER_ROLLOUT: ReadonlySet<DeploymentPhase> = new Set(['Succeeded', 'FailedToUpdate']);

interface Visit {
  phase: DeploymentPhase;
  at?: number;
  index: number;
  rollout: boolean;
}

function visitsOf(history: PhaseHistory, phase: DeploymentPhase, createdAt?: number): Visit[] {
  const visits: Visit[] = history.map((entry, index) => ({
    phase: entry.phase,
    at: Date.parse(entry.at),
    index,
    rollout: entry.phase === 'Provisioning' && index > 0 && AFTER_ROLLOUT.has(history[index - 1]?.phase as DeploymentPhase),
  }));
  // A resource without history (or one whose history lags its phase) still shows where it is now.
  if (visits.at(-1)?.phase !== phase) visits.push({ phase, at: visits.length === 0 ? createdAt : undefined, index: visits.length, rollout: false });
  return visits;
}

/** Drops every successful rollout (Provisioning → Succeeded) but the latest; failed ones stay. */
function foldRollouts(visits: Visit[]): { kept: Visit[]; folded: number } {
  const starts = visits.flatMap((v, i) => (v.rollout ? [i] : []));
  const lastStart = starts.at(-1);
  const drop = new Set<number>();
  for (const start of starts) {
    if (start === lastStart) continue;
    const next = visits[start + 1];
    if (next?.phase === 'Succeeded') {
      drop.add(start);
      drop.add(start + 1);
    }
  }
  return { kept: visits.filter((_, i) => !drop.has(i)), folded: drop.size / 2 };
}

export interface PhaseBarInput {
  phase: DeploymentPhase;
  phaseHistory: PhaseHistory;
  createdAt?: string;
  /** The current rollout's kind, so a rollback re-entering Provisioning says so. */
  updatingAction?: 'update' | 'rollback';
  /** Simulated now in epoch ms; without it the current step has no duration. */
  now?: number | null;
}

export function phaseBarModel({ phase, phaseHistory, createdAt, updatingAction, now }: PhaseBarInput): PhaseBarModel {
  const all = visitsOf(phaseHistory, phase, createdAt ? Date.parse(createdAt) : undefined);
  const { kept, folded } = foldRollouts(all);
  const steps: PhaseStep[] = kept.map((visit, i) => {
    const isCurrent = i === kept.length - 1;
    const end = isCurrent ? (now ?? undefined) : all[visit.index + 1]?.at;
    const durationMs = visit.at !== undefined && end !== undefined ? Math.max(0, end - visit.at) : undefined;
    const note = visit.rollout ? (isCurrent && updatingAction === 'rollback' ? 'rollback' : 'update') : undefined;
    return {
      key: `visit-${visit.index}`,
      phase: visit.phase,
      label: phaseLabel(visit.phase),
      state: isCurrent ? 'current' : 'done',
      tone: isCurrent || FAILURES.has(visit.phase) ? phaseTone(visit.phase) : 'success',
      failure: FAILURES.has(visit.phase),
      ...(note ? { note } : {}),
      ...(visit.at !== undefined ? { enteredAt: visit.at } : {}),
      ...(durationMs !== undefined ? { durationMs } : {}),
    };
  });
  const current = steps[steps.length - 1] as PhaseStep;
  // Still on the normal path: the steps it has yet to reach follow, so the bar shows how far it has come.
  const position = NORMAL_PATH.indexOf(phase);
  if (position >= 0) {
    for (const upcoming of NORMAL_PATH.slice(position + 1)) {
      steps.push({ key: `upcoming-${upcoming}`, phase: upcoming, label: phaseLabel(upcoming), state: 'upcoming', tone: 'neutral', failure: false });
    }
  }
  return { steps, current, foldedUpdates: folded };
}

interface HistoryCarrier {
  metadata: { guid: string; createdAt?: string };
  status: { phaseHistory: PhaseHistory };
}

/**
 * Whether `next` may replace `previous` on screen. A phase history only grows, so a read with a shorter history for
 * the same deployment is stale (an older response landing late) and must not move the bar backwards.
 */
export function isNewerReading(previous: HistoryCarrier | undefined, next: HistoryCarrier): boolean {
  if (!previous) return true;
  if (previous.metadata.guid !== next.metadata.guid || previous.metadata.createdAt !== next.metadata.createdAt) return true;
  return next.status.phaseHistory.length >= previous.status.phaseHistory.length;
}
