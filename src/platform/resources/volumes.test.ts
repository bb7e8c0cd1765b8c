import { describe, expect, it } from 'vitest';
import { MINUTE, SECOND } from '../durations';
import { makeWorld, refusal } from '../test-support/world';
import { PERSISTENT_VOLUME_PACKAGE } from '../../vocabulary';

describe('volumes', () => {
  it('are provided by a volume deployment: Pending until it runs, then Available', () => {
    const w = makeWorld();
    const v = w.must(w.p.createVolume({ name: 'logs_2', capacityGiB: 128 }));
    expect(v).toMatchObject({ phase: 'Pending', capacityGiB: 128 });
    expect(v.id).toMatch(/^disk-[a-z0-9]{20}$/);
    const d = w.get(v.deploymentId ?? '');
    expect(d).toMatchObject({ id: v.id.replace('disk-', 'dep-'), name: 'logs_2', packageId: PERSISTENT_VOLUME_PACKAGE, volumeId: v.id, phase: 'InProgress' });
    w.until(() => d.phase === 'Provisioning');
    expect(v.phase).toBe('Pending');
    expect(v.reason).toContain('its volume deployment logs_2 is not running (Provisioning');
    w.until(w.running(d.id), MINUTE);
    expect(v.phase).toBe('Available');
    expect(v.reason).toBeUndefined();
  });

  it('are left out of the deployments list unless asked for', () => {
    const w = makeWorld();
    const v = w.must(w.p.createVolume({ name: 'logs_2', capacityGiB: 8 }));
    expect(w.p.listDeployments().some((d) => d.id === v.deploymentId)).toBe(false);
    expect(w.p.listDeployments({ volumeDeployments: true }).some((d) => d.id === v.deploymentId)).toBe(true);
  });

  it('draw nothing from the world: the next deployment gets the id it would get without the volume', () => {
    const id = (withVolume: boolean) => {
      const w = makeWorld(7);
      if (withVolume) w.must(w.p.createVolume({ name: 'extra-disk', capacityGiB: 8 }));
      w.p.advance(MINUTE);
      return w.deploy({ name: 'telemetry', packageId: w.pkg.telemetry }).id;
    };
    const without = makeWorld(7);
    // Creating a volume takes one draw of the world's, as it always did; the deployment's own timings take none.
    without.ctx.rng.chars(20);
    without.ctx.rng.next();
    without.p.advance(MINUTE);
    expect(id(true)).toBe(without.deploy({ name: 'telemetry', packageId: without.pkg.telemetry }).id);
    expect(id(true)).not.toBe(id(false));
  });

  it('fail with the reason when the volume deployment is deprovisioned, and the deployment mounting them reads DEP_E210', () => {
    const w = makeWorld();
    const disk = w.p.getVolume(w.disk);
    const mounting = w.deploy({ name: 'telemetry', packageId: w.pkg.telemetry, volumes: [{ volumeId: w.disk, component: 'collector', mountPath: '/data' }] });
    w.until(w.running(mounting.id));
    expect(disk?.phase).toBe('Bound');
    w.must(w.p.deprovision(disk?.deploymentId ?? ''));
    expect(disk).toMatchObject({ phase: 'Failed', reason: expect.stringContaining('its volume deployment data-disk is not running') as unknown });
    expect(mounting).toMatchObject({ status: 'Error', errorCodes: ['DEP_E210'] });
    w.p.advance(10 * SECOND);
    expect(disk?.reason).toBe('its volume deployment data-disk is not running (Deployment stopped)');
    expect(mounting.errorCodes).toEqual(['DEP_E210']);
  });

  it('come back when a crashed volume deployment runs again, and so does the deployment mounting them', () => {
    const w = makeWorld();
    const disk = w.p.getVolume(w.disk);
    const mounting = w.deploy({ name: 'telemetry', packageId: w.pkg.telemetry, volumes: [{ volumeId: w.disk, component: 'collector', mountPath: '/data' }] });
    w.until(w.running(mounting.id));
    w.must(w.p.injectFault({ kind: 'crash', deploymentId: disk?.deploymentId ?? '', component: 'volume', executable: 'volume', exitCode: 137 }));
    expect(disk?.phase).toBe('Failed');
    expect(mounting.errorCodes).toEqual(['DEP_E210']);
    w.until(() => disk?.phase === 'Bound', MINUTE);
    expect(mounting).toMatchObject({ status: 'Running', errorCodes: [] });
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

  it('take no name a running deployment has, since their deployment takes it', () => {
    const w = makeWorld();
    w.deploy({ name: 'telemetry', packageId: w.pkg.telemetry });
    expect(refusal(w.p.createVolume({ name: 'telemetry', capacityGiB: 8 }))).toMatchObject({ code: 'name-taken', field: 'name' });
  });

  it('a Bound volume cannot be deleted; a Released one can, and its volume deployment is deprovisioned', () => {
    const w = makeWorld();
    const d = w.deploy({ name: 'telemetry', packageId: w.pkg.telemetry, volumes: [{ volumeId: w.disk, component: 'collector', mountPath: '/data' }] });
    expect(refusal(w.p.deleteVolume(w.disk))).toMatchObject({ code: 'volume-bound', kind: 'conflict' });
    w.must(w.p.deprovision(d.id));
    w.p.advance(10 * SECOND);
    expect(w.p.getVolume(w.disk)?.phase).toBe('Released');
    const volumeDeployment = w.get(w.p.getVolume(w.disk)?.deploymentId ?? '');
    w.must(w.p.deleteVolume(w.disk));
    expect(w.p.getVolume(w.disk)).toBeUndefined();
    expect(volumeDeployment.deprovisioning).toBeDefined();
    w.p.advance(10 * SECOND);
    expect(volumeDeployment.phase).toBe('Stopped');
  });

  it('a deployment cannot mount a volume whose deployment does not run', () => {
    const w = makeWorld();
    const v = w.must(w.p.createVolume({ name: 'fresh-disk', capacityGiB: 8 }));
    const refused = refusal(w.p.deploy({ name: 'telemetry', packageId: w.pkg.telemetry, volumes: [{ volumeId: v.id, component: 'collector', mountPath: '/data' }] }));
    expect(refused).toMatchObject({ code: 'volume-not-available', field: 'volumes.0.volumeId' });
    expect(refused.message).toContain('its volume deployment fresh-disk is not running');
  });
});
