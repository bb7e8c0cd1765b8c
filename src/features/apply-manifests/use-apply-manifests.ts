// The screen's state: the sources, then either their problems, or the plan, then the results of running it.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { planApply, type ApplyPlan, type ManifestGateway } from './apply-plan';
import { checkManifestsInSlices } from './manifest-checks';
import type { ManifestProblem, ManifestSource } from './manifest-documents';
import { runApply, type ResultRow } from './run-apply';

export type ApplyStage =
  | { stage: 'editing' }
  | { stage: 'working'; step: 'checking' | 'applying'; done: number; total: number }
  | { stage: 'problems'; problems: ManifestProblem[] }
  | { stage: 'planned'; plan: ApplyPlan }
  | { stage: 'applied'; plan: ApplyPlan; results: ResultRow[] }
  | { stage: 'failed'; message: string };

const PROGRESS_MS = 100;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function useApplyManifests(gateway: ManifestGateway) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<ApplyStage>({ stage: 'editing' });

  /** The plan, or undefined when the sources have problems (then on screen). */
  const plan = async (sources: readonly ManifestSource[]): Promise<ApplyPlan | undefined> => {
    setState({ stage: 'working', step: 'checking', done: 0, total: 0 });
    const checked = await checkManifestsInSlices(sources);
    if (checked.documentCount === 0 && checked.problems.length === 0) {
      setState({ stage: 'problems', problems: [{ source: 'Manifests', line: 1, message: 'Paste manifests or upload manifest files first.' }] });
      return undefined;
    }
    if (checked.problems.length > 0) {
      setState({ stage: 'problems', problems: checked.problems });
      return undefined;
    }
    const planned = await planApply(checked, gateway);
    if (planned.problems.length > 0) {
      setState({ stage: 'problems', problems: planned.problems });
      return undefined;
    }
    setState({ stage: 'planned', plan: planned });
    return planned;
  };

  const guarded = (work: () => Promise<void>) => () => void work().catch((e: unknown) => setState({ stage: 'failed', message: message(e) }));

  return {
    state,
    /** The sources changed: what was shown no longer holds. */
    edited: () => setState((s) => (s.stage === 'editing' ? s : { stage: 'editing' })),
    preview: (sources: readonly ManifestSource[]) => guarded(async () => void (await plan(sources)))(),
    apply: (sources: readonly ManifestSource[]) =>
      guarded(async () => {
        const planned = state.stage === 'planned' ? state.plan : await plan(sources);
        if (!planned) return;
        const total = planned.rows.length;
        setState({ stage: 'working', step: 'applying', done: 0, total });
        // The bar moves at most every PROGRESS_MS: a render per document would compete with the apply itself.
        let shown = 0;
        const progress = (done: number) => {
          if (done < total && performance.now() - shown < PROGRESS_MS) return;
          shown = performance.now();
          setState({ stage: 'working', step: 'applying', done, total });
        };
        const results = await runApply(planned, gateway, progress);
        setState({ stage: 'applied', plan: planned, results });
        await queryClient.invalidateQueries();
      })(),
  };
}
