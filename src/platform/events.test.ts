import { describe, expect, it } from 'vitest';
import { EVENT_CAP } from './events';
import { makeWorld } from './test-support/world';
import { MINUTE } from './durations';

describe('events', () => {
  it('records phase changes, restarts, faults, updates and deprovisions with a reason', () => {
    const w = makeWorld();
    const d = w.deploy({ name: 'telemetry', packageId: w.pkg.telemetry });
    w.until(w.running(d.id));
    w.must(w.p.injectFault({ kind: 'crash', deploymentId: d.id, component: 'collector', executable: 'collector', exitCode: 3 }));
    w.p.advance(MINUTE);
    w.must(w.p.update(d.id, { components: [{ name: 'collector' }] }));
    w.p.advance(5 * MINUTE);
    w.must(w.p.deprovision(d.id));
    const events = w.p.listEvents({ deploymentId: d.id });
    const kinds = new Set(events.map((e) => e.kind));
    for (const kind of ['phase', 'status', 'restart', 'fault', 'update', 'deprovision']) expect(kinds).toContain(kind);
    expect(events.find((e) => e.kind === 'restart')?.message).toBe('telemetry/collector/collector exited with code 3; restarting in 10s (cloud components always restart)');
    expect(events.map((e) => e.seq)).toEqual([...events.map((e) => e.seq)].sort((a, b) => a - b));
    const last = events.at(-1)?.seq ?? 0;
    expect(w.p.listEvents({ after: last - 1 })).toHaveLength(1);
    expect(w.p.listEvents({ limit: 2 }).map((e) => e.seq)).toEqual(w.p.listEvents().slice(-2).map((e) => e.seq));
  });

  it(`keeps only the newest ${EVENT_CAP}`, () => {
    const w = makeWorld();
    for (let i = 0; i < EVENT_CAP / 2 + 10; i++) {
      const id = w.device('warehouse-amr-01');
      w.must(w.p.injectFault({ kind: 'device-offline', deviceId: id }));
      w.must(w.p.injectFault({ kind: 'device-online', deviceId: id }));
    }
    expect(w.p.getState().events).toHaveLength(EVENT_CAP);
  });
});
