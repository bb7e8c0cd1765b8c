// Runs a plan as `rio apply` does: a resource starts once what it depends on in the files is done, a few at a
// time; a failure stops only what depends on it.
import type { ManifestKind } from '../../vocabulary';
import type { ApplyPlan, ManifestGateway, PlanRow } from './apply-plan';
import { documentLabel } from './manifest-resources';

export type ApplyResult = 'Created' | 'Updated' | 'Unchanged' | 'Refused' | 'Failed';

export interface ResultRow {
  key: string;
  kind: string;
  name: string;
  result: ApplyResult;
  message: string;
  /** What the platform created or updated. */
  id?: string;
  modelledKind?: ManifestKind;
}

/**
 * Requests in flight at once. More than the CLI's 6 workers: the world answers a command only once a save covers
 * it, and commands that arrive during a save share the next one, so a wider window means fewer, larger saves
 * (#13). Order still holds: a resource waits for what it depends on whatever the window.
 */
export const APPLY_CONCURRENCY = 64;

const reason = (e: unknown) => {
  const error = e as { message?: unknown; field?: unknown } | null;
  const message = typeof error?.message === 'string' ? error.message : String(e);
  return typeof error?.field === 'string' ? `${message} (${error.field})` : message;
};

function slots(count: number) {
  let free = count;
  const queue: (() => void)[] = [];
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (free === 0) await new Promise<void>((go) => queue.push(go));
    else free--;
    try {
      return await work();
    } finally {
      const next = queue.shift();
      if (next) next();
      else free++;
    }
  };
}

export async function runApply(
  plan: ApplyPlan,
  gateway: Pick<ManifestGateway, 'create' | 'update' | 'settle'>,
  onProgress: (done: number, total: number) => void = () => undefined,
  concurrency = APPLY_CONCURRENCY,
): Promise<ResultRow[]> {
  const run = slots(concurrency);
  const started = new Map<string, Promise<ResultRow>>();
  const byName = new Map<string, string[]>();
  for (const row of plan.rows) {
    if (!row.resource) continue;
    const key = `${row.resource.kind}:${row.resource.name}`;
    byName.set(key, [...(byName.get(key) ?? []), row.key]);
  }
  let done = 0;
  const total = plan.rows.length;
  const apply = async (row: PlanRow): Promise<ResultRow> => {
    const base = { key: row.key, kind: row.kind, name: row.name };
    const resource = row.resource;
    if (!resource || row.action === 'Refused') return { ...base, result: 'Refused', message: row.message };
    const waitsFor = resource.dependencies.flatMap((d) => byName.get(`${d.kind}:${d.name}`) ?? []);
    const before = await Promise.all(waitsFor.map((key) => started.get(key)).filter((p) => p !== undefined));
    const failed = before.find((r) => r.result === 'Failed');
    if (failed) return { ...base, result: 'Failed', message: `Not applied: ${documentLabel(failed.kind, failed.name)} failed.` };
    if (row.action === 'Unchanged') return { ...base, result: 'Unchanged', message: row.message };
    const kind = resource.kind;
    try {
      const { id } = await run(() => (row.action === 'Create' ? gateway.create(kind, resource.body) : gateway.update(kind, resource.name, resource.body)));
      const result = row.action === 'Create' ? 'Created' : 'Updated';
      if (gateway.settle) {
        try {
          await gateway.settle(kind, id);
        } catch (e) {
          return { ...base, result: 'Failed', message: `${documentLabel(kind, resource.name)} was created but is not ready: ${reason(e)}`, id, modelledKind: kind };
        }
      }
      return { ...base, result, message: `${documentLabel(kind, resource.name)} ${result.toLowerCase()}.`, id, modelledKind: kind };
    } catch (e) {
      return { ...base, result: 'Failed', message: `Refused by the platform: ${reason(e)}` };
    }
  };
  for (const row of plan.rows) {
    started.set(
      row.key,
      apply(row).then((result) => {
        onProgress(++done, total);
        return result;
      }),
    );
  }
  return Promise.all(plan.rows.map((row) => started.get(row.key)!));
}
