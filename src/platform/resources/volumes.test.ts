import { describe, expect, it } from 'vitest';
import { SECOND } from '../durations';
import { makeWorld, refusal } from '../test-support/world';

describe('volumes', () => {
  it('Pending → Available after a few seconds', () => {
    const w = makeWorld();
    const v = w.must(w.p.createVolume({ name: 'logs_2', capacityGiB: 128 }));
    expect(v).toMatchObject({ phase: 'Pending', capacityGiB: 128 });
    expect(v.id).toMatch(/^disk-[a-z0-9]{20}$/);
    w.p.advance(2 * SECOND);
    expect(v.phase).toBe('Pending');
    w.p.advance(5 * SECOND);
    expect(v.phase).toBe('Available');
  });

  it.each([
    [{ name: 'ab', capacityGiB: 8 }, 'invalid-name', 'name'],
    [{ name: 'bad name', capacityGiB: 8 }, 'invalid-name', 'name'],
    [{ name: 'data-disk', capacityGiB: 8 }, 'name-taken', 'name'],
    [{ name: 'big-disk', capacityGiB: 10 }, 'invalid-capacity', 'capacityGiB'],
    [{ name: 'big-disk', capacityGiB: 1024 }, 'invalid-capacity', 'capacityGiB'],
  ])('%j is refused with %s', (req, code, field) => {
    const w = makeWorld();
    expect(refusal(w.p.createVolume(req))).toMatchObject({ code, field });
  });

  it('a Bound volume cannot be deleted; a Released one can', () => {
    const w = makeWorld();
    const d = w.deploy({ name: 'telemetry', packageId: w.pkg.telemetry, volumes: [{ volumeId: w.disk, component: 'collector', mountPath: '/data' }] });
    expect(refusal(w.p.deleteVolume(w.disk))).toMatchObject({ code: 'volume-bound', kind: 'conflict' });
    w.must(w.p.deprovision(d.id));
    w.p.advance(10 * SECOND);
    w.must(w.p.deleteVolume(w.disk));
    expect(w.p.getVolume(w.disk)).toBeUndefined();
  });
});
