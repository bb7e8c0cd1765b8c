// Periodic output of running executables and cloud bridges, derived on query from their run periods instead of
// being stored or ticked: one line per ~22 s slot (~45 s for bridges) at a hashed offset, so a fleet of running
// deployments costs nothing until someone reads its logs.
import type { Ctx } from '../context';
import { hashString, mix } from '../hash';
import type { Deployment, ExecutableInstance, LogLine, Millis } from '../types';
import { renderBridgeLine, renderNoMasterLine, renderServiceLine, rosRenderer, type LineContext, type Templated } from './templates';

const EXEC_SLOT = 22_000;
const EXEC_JITTER = 8_000;
const BRIDGE_SLOT = 45_000;
const BRIDGE_JITTER = 15_000;

export interface LogWindow {
  from: Millis;
  to: Millis;
}

interface Periodic {
  key: string;
  slot: number;
  jitter: number;
  render: (c: LineContext) => Templated;
  context: Omit<LineContext, 'h' | 'at'>;
  line: Omit<LogLine, 'at' | 'text' | 'stream'>;
}

function emitRuns(out: LogLine[], runs: ExecutableInstance['runs'], now: Millis, w: LogWindow, p: Periodic): void {
  for (const run of runs) {
    const end = Math.min(run.to ?? Infinity, now + 1);
    if (end <= w.from || run.from > w.to) continue;
    const base = hashString(`${p.key}@${run.from}`);
    const first = Math.max(0, Math.floor((w.from - run.from - p.jitter) / p.slot));
    const last = Math.floor((Math.min(w.to, end - 1) - run.from) / p.slot);
    for (let k = first; k <= last; k++) {
      const h = mix(base, k);
      const at = run.from + k * p.slot + (h % p.jitter);
      if (at < w.from || at > w.to || at >= end) continue;
      const render = run.noMaster ? renderNoMasterLine : p.render;
      const { text, stream } = render({ ...p.context, h, at });
      out.push({ ...p.line, at, text, stream });
    }
  }
}

export function deriveLines(ctx: Ctx, d: Deployment, w: LogWindow, filter: { component?: string; source?: string }): LogLine[] {
  const out: LogLine[] = [];
  const now = ctx.state.now;
  const pkg = ctx.idx.packages.get(d.packageId);
  const network = d.routedNetworkId === undefined ? '' : (ctx.idx.networks.get(d.routedNetworkId)?.name ?? d.routedNetworkId);
  for (const comp of d.components) {
    if (filter.component !== undefined && comp.name !== filter.component) continue;
    const spec = pkg?.components.find((c) => c.name === comp.name);
    const ros = spec?.ros.enabled ?? comp.cloudBridge !== undefined;
    const base = { topics: spec?.ros.topics ?? [], network, alias: comp.alias ?? comp.name };
    for (const ex of comp.executables) {
      if (filter.source !== undefined && filter.source !== ex.name) continue;
      emitRuns(out, ex.runs, now, w, {
        key: `${d.id}/${comp.name}/${ex.name}`,
        slot: EXEC_SLOT,
        jitter: EXEC_JITTER,
        render: ros ? rosRenderer(ex.name) : renderServiceLine,
        context: { ...base, executable: ex.name },
        line: { deploymentId: d.id, component: comp.name, source: ex.name, sourceKind: 'executable' },
      });
    }
    const bridge = comp.cloudBridge;
    if (bridge?.runs && (filter.source === undefined || filter.source === bridge.name)) {
      emitRuns(out, bridge.runs, now, w, {
        key: bridge.id,
        slot: BRIDGE_SLOT,
        jitter: BRIDGE_JITTER,
        render: renderBridgeLine,
        context: { ...base, executable: bridge.name },
        line: { deploymentId: d.id, component: comp.name, source: bridge.name, sourceKind: 'cloudBridge' },
      });
    }
  }
  return out;
}
