// Event-driven log lines (pulls, starts, crashes, warnings) stored in `state.logs`. Each deployment keeps about its
// newest 2,000 stored lines and the whole platform its newest ~50,000; trimming is batched so that appending
// stays cheap on average.
import type { Ctx } from '../context';
import type { LogLine, LogStream } from '../types';

export const LOG_CAP_PER_DEPLOYMENT = 2000;
const LOG_CAP_TOTAL = 50_000;
const SLACK = 0.1;

export interface LogSource {
  deploymentId: string;
  component: string;
  source: string;
  sourceKind?: LogLine['sourceKind'];
}

export function appendLog(ctx: Ctx, from: LogSource, text: string, stream: LogStream = 'stdout'): void {
  const { state, idx } = ctx;
  state.logs.push({
    at: state.now,
    deploymentId: from.deploymentId,
    component: from.component,
    source: from.source,
    sourceKind: from.sourceKind ?? 'executable',
    stream,
    text,
  });
  const count = (idx.logCounts.get(from.deploymentId) ?? 0) + 1;
  idx.logCounts.set(from.deploymentId, count);
  if (count > LOG_CAP_PER_DEPLOYMENT * (1 + SLACK)) trimDeployment(ctx, from.deploymentId, count - LOG_CAP_PER_DEPLOYMENT);
  if (state.logs.length > LOG_CAP_TOTAL * (1 + SLACK)) trimOldest(ctx, state.logs.length - LOG_CAP_TOTAL);
}

function trimDeployment(ctx: Ctx, deploymentId: string, excess: number): void {
  let dropped = 0;
  ctx.state.logs = ctx.state.logs.filter((l) => l.deploymentId !== deploymentId || ++dropped > excess);
  ctx.idx.logCounts.set(deploymentId, (ctx.idx.logCounts.get(deploymentId) ?? 0) - excess);
}

function trimOldest(ctx: Ctx, excess: number): void {
  for (const line of ctx.state.logs.splice(0, excess)) {
    ctx.idx.logCounts.set(line.deploymentId, (ctx.idx.logCounts.get(line.deploymentId) ?? 1) - 1);
  }
}
