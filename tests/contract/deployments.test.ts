import { describe, expect, it } from 'vitest';
import {
  deploymentHistory,
  deploymentLogs,
  eventList,
  executableKey,
  warningHistogram } from '../../src/api/contract';
import type { DeploymentList } from '../../src/api/contract';
import {
  createCloudPackage,
  createDevicePackage,
  deployBody,
  deployCloud,
  getDeployment,
  onlineDockerDevice,
  unique,
  untilRunning,
} from './fixtures';
import { advance, advanceUntil, call, del, failed, get, ok, patch, post, switchToRole, setupMockPlatform, deploymentOf, deploymentsAt } from './harness';

setupMockPlatform();

describe('deploy → advance → running', () => {
  it('creates a cloud deployment that reaches Succeeded/Running as the simulated clock advances', async () => {
    const pkg = await createCloudPackage();
    const name = unique('flow');
    const reply = await post('api/v2/deployments', deployBody(pkg.metadata.guid, name));
    const created = (await deploymentOf(reply, 201));
    expect(created.metadata.guid).toMatch(/^dep-[a-z0-9]{20}$|^dep-[a-z]{24}$/);
    expect(reply.headers.get('location')).toBe(`http://localhost/api/v2/deployments/${created.metadata.guid}`);
    expect(created.metadata).toMatchObject({ name, generation: 1, labels: { team: 'contract' } });
    expect(created.metadata.depends).toMatchObject({ kind: 'package', nameOrGUID: pkg.metadata.guid, name: pkg.metadata.name });
    expect(['InProgress', 'Provisioning']).toContain(created.status.phase);
    expect(created.status.executables_status[executableKey('web', 'server')]).toMatchObject({ name: 'server', component: 'web', tag: '1.0.0' });

    const running = await untilRunning(created.metadata.guid);
    expect(running.status).toMatchObject({ phase: 'Succeeded', status: 'Running', error_codes: [] });
    expect(running.status.executables_status['web/server']?.status).toBe('running');
    expect(running.status.phaseHistory.map((p) => p.phase)).toContain('Succeeded');
  });

  it('places a device component on the chosen device, addressed by name', async () => {
    const device = await onlineDockerDevice();
    const pkg = await createDevicePackage(device);
    const body = deployBody(pkg.metadata.name, unique('dev'), {
      components: { driver: { device: { depends: { kind: 'device', nameOrGUID: device.metadata.name } }, restart: 'onfailure' } },
    });
    const created = (await deploymentOf(await post('api/v2/deployments', body), 201));
    expect(created.status.components[0]).toMatchObject({ name: 'driver', device: { guid: device.metadata.guid, name: device.metadata.name }, restart: 'onfailure' });
    expect(created.spec.components[0]?.device?.depends.nameOrGUID).toBe(device.metadata.guid);
    const running = await untilRunning(created.metadata.guid);
    expect(running.status.status).toBe('Running');
  });
});

describe('create validation', () => {
  it('answers malformed JSON with 400', async () => {
    expect(failed(await call('POST', 'api/v2/deployments', undefined, 'not json'), 400).code).toBe('invalid-json');
  });

  it('names the missing field', async () => {
    const p = failed(await post('api/v2/deployments', { metadata: { name: 'x' } }), 400);
    expect(p).toMatchObject({ code: 'invalid-body', field: 'metadata.depends' });
    const q = failed(await post('api/v2/deployments', { metadata: { name: '', depends: { kind: 'package', nameOrGUID: 'p' } } }), 400);
    expect(q.field).toBe('metadata.name');
    expect(q.detail).toContain('Name of deployment is required');
  });

  it('refuses an unknown package with its code and wire field', async () => {
    const reply = await post('api/v2/deployments', deployBody('pkg-nothere'));
    expect([404, 422]).toContain(reply.status);
    expect(failed(reply, reply.status)).toMatchObject({ code: 'unknown-package', field: 'metadata.depends.nameOrGUID' });
  });

  it('requires a device for a device component', async () => {
    const device = await onlineDockerDevice();
    const pkg = await createDevicePackage(device);
    const reply = await post('api/v2/deployments', deployBody(pkg.metadata.guid));
    const p = failed(reply, reply.status);
    expect(reply.status).toBe(422);
    expect(p.code).toBe('device-required');
    expect(p.field).toMatch(/^spec\.components\.driver/);
  });

  it('refuses a duplicate name', async () => {
    const dep = await deployCloud();
    const pkg = await createCloudPackage();
    const reply = await post('api/v2/deployments', deployBody(pkg.metadata.guid, dep.metadata.name));
    expect([409, 422]).toContain(reply.status);
    expect(failed(reply, reply.status)).toMatchObject({ code: 'name-taken', field: 'metadata.name' });
  });
});

describe('get, list, filters and paging', () => {
  it('gets by guid and by name; unknown ids are 404', async () => {
    const dep = await deployCloud();
    expect((await getDeployment(dep.metadata.guid)).metadata.name).toBe(dep.metadata.name);
    expect((await getDeployment(dep.metadata.name)).metadata.guid).toBe(dep.metadata.guid);
    const p = failed(await get('api/v2/deployments/dep-00000000000000000000'), 404);
    expect(p.code).toBe('unknown-deployment');
    expect(p.detail).toContain('dep-00000000000000000000');
  });

  it('lists with filters, sort and continue-paging', async () => {
    const a = await deployCloud(unique('alpha'));
    const b = await deployCloud(unique('bravo'));
    const list = (await deploymentsAt('api/v2/deployments?limit=500'));
    expect(list.kind).toBe('DeploymentList');
    expect(list.items.map((d) => d.metadata.guid)).toEqual(expect.arrayContaining([a.metadata.guid, b.metadata.guid]));
    expect(list.items.some((d) => d.status.phase === 'Stopped')).toBe(false);

    const searched = (await deploymentsAt(`api/v2/deployments?search=${a.metadata.name.toUpperCase()}`));
    expect(searched.items.map((d) => d.metadata.guid)).toEqual([a.metadata.guid]);

    const byPackage = (await deploymentsAt(`api/v2/deployments?package=${b.metadata.depends.nameOrGUID}`));
    expect(byPackage.items.map((d) => d.metadata.guid)).toEqual([b.metadata.guid]);

    const byLabel = (await deploymentsAt('api/v2/deployments?label=team=contract&sort=name'));
    expect(byLabel.items.map((d) => d.metadata.name)).toEqual([a.metadata.name, b.metadata.name]);

    const phases = (await deploymentsAt('api/v2/deployments?phases=inprogress,PROVISIONING&limit=500'));
    expect(phases.items.every((d) => ['InProgress', 'Provisioning'].includes(d.status.phase))).toBe(true);

    const total = list.metadata.total;
    const seen: string[] = [];
    let next: number | undefined = 0;
    while (next !== undefined) {
      const page: DeploymentList = (await deploymentsAt(`api/v2/deployments?limit=1&sort=name&continue=${next}`));
      expect(page.metadata.total).toBe(total);
      expect(page.items.length).toBeLessThanOrEqual(1);
      seen.push(...page.items.map((d) => d.metadata.name));
      next = page.metadata.continue;
    }
    expect(seen).toHaveLength(total);
    expect([...seen].sort((x, y) => x.localeCompare(y))).toEqual(seen);
  });

  it('rejects bad query parameters with the parameter named', async () => {
    expect(failed(await get('api/v2/deployments?phases=Sleeping'), 400)).toMatchObject({ code: 'invalid-query', field: 'phases' });
    expect(failed(await get('api/v2/deployments?limit=0'), 400).field).toBe('limit');
    expect(failed(await get('api/v2/deployments?sort=size'), 400).field).toBe('sort');
    expect(failed(await get('api/v2/deployments?continue=x'), 400).field).toBe('continue');
  });
});

describe('update, rollback, deprovision', () => {
  it('refuses an update while provisioning (409), then updates in place once Succeeded', async () => {
    const dep = await deployCloud();
    const early = failed(await patch(`api/v2/deployments/${dep.metadata.guid}`, { components: [{ name: 'web' }] }), 409);
    expect(['update-not-allowed', 'update-in-progress']).toContain(early.code);

    await untilRunning(dep.metadata.guid);
    const updated = (await deploymentOf(await patch(`api/v2/deployments/${dep.metadata.guid}`, { components: [{ name: 'web', executables: { server: '1.1.0' } }] }), ));
    expect(updated.metadata.generation).toBe(2);
    expect(updated.metadata.guid).toBe(dep.metadata.guid);
    const done = await untilRunning(dep.metadata.guid);
    expect(done.status.executables_status['web/server']?.tag).toBe('1.1.0');
    expect(done.spec.components[0]?.executables[0]?.tag).toBe('1.1.0');
  });

  it('validates the update body and names the field', async () => {
    const dep = await deployCloud();
    expect(failed(await patch(`api/v2/deployments/${dep.metadata.guid}`, { components: [] }), 400).field).toBe('components');
    expect(failed(await patch(`api/v2/deployments/${dep.metadata.guid}`, { components: [{}] }), 400).field).toBe('components.0.name');
    expect(failed(await call('PATCH', `api/v2/deployments/${dep.metadata.guid}`, undefined, '{'), 400).code).toBe('invalid-json');
    await untilRunning(dep.metadata.guid);
    const unknown = await patch(`api/v2/deployments/${dep.metadata.guid}`, { components: [{ name: 'nope' }] });
    expect([404, 422]).toContain(unknown.status);
    expect(failed(unknown, unknown.status).code).toBe('unknown-component');
    failed(await patch('api/v2/deployments/dep-unknown', { components: [{ name: 'web' }] }), 404);
  });

  it('rolls back to an earlier generation and records history', async () => {
    const dep = await deployCloud();
    await untilRunning(dep.metadata.guid);
    (await deploymentOf(await patch(`api/v2/deployments/${dep.metadata.guid}`, { components: [{ name: 'web', executables: { server: '1.1.0' } }] })));
    await untilRunning(dep.metadata.guid);
    expect(failed(await post(`api/v2/deployments/${dep.metadata.guid}/rollback`, { generation: 0 }), 400).field).toBe('generation');
    const rolled = (await deploymentOf(await post(`api/v2/deployments/${dep.metadata.guid}/rollback`, { generation: 1 })));
    expect(rolled.metadata.generation).toBe(3);
    const done = await untilRunning(dep.metadata.guid);
    expect(done.status.executables_status['web/server']?.tag).toBe('1.0.0');

    const history = ok(await get(`api/v2/deployments/${dep.metadata.guid}/history`), deploymentHistory);
    expect(history.items.map((h) => [h.generation, h.action])).toEqual([
      [1, 'create'],
      [2, 'update'],
      [3, 'rollback'],
    ]);
    expect(history.items[1]?.config.components[0]?.executables[0]?.tag).toBe('1.1.0');
    expect(history.items.every((h) => h.outcome === 'success')).toBe(true);
  });

  it('deprovisions to Stopped; the stopped deployment leaves the default list', async () => {
    const dep = await deployCloud();
    await untilRunning(dep.metadata.guid);
    (await deploymentOf(await del(`api/v2/deployments/${dep.metadata.guid}`)));
    const stopped = await advanceUntil(async () => (await getDeployment(dep.metadata.guid)).status.phase === 'Stopped');
    expect(stopped).toBe(true);
    const final = await getDeployment(dep.metadata.guid);
    expect(final.status.status).toBe('Stopped');
    expect(final.metadata.deletedAt).toBeDefined();
    const list = (await deploymentsAt('api/v2/deployments?limit=500'));
    expect(list.items.map((d) => d.metadata.guid)).not.toContain(dep.metadata.guid);
    const all = (await deploymentsAt('api/v2/deployments?phases=all&limit=500'));
    expect(all.items.map((d) => d.metadata.guid)).toContain(dep.metadata.guid);
    const again = failed(await del(`api/v2/deployments/${dep.metadata.guid}`), 409);
    expect(again.code).toBe('deprovision-not-allowed');
  });

  it('forbids viewers every change', async () => {
    const dep = await deployCloud();
    await untilRunning(dep.metadata.guid);
    const pkg = await createCloudPackage();
    await switchToRole('viewer');
    expect(failed(await post('api/v2/deployments', deployBody(pkg.metadata.guid)), 403).code).toBe('forbidden');
    expect(failed(await patch(`api/v2/deployments/${dep.metadata.guid}`, { components: [{ name: 'web' }] }), 403).code).toBe('forbidden');
    expect(failed(await post(`api/v2/deployments/${dep.metadata.guid}/rollback`, { generation: 1 }), 403).code).toBe('forbidden');
    expect(failed(await del(`api/v2/deployments/${dep.metadata.guid}`), 403).code).toBe('forbidden');
    await getDeployment(dep.metadata.guid);
  });
});

describe('telemetry', () => {
  it('serves logs with filters and validates the query', async () => {
    const dep = await deployCloud();
    await untilRunning(dep.metadata.guid);
    await advance(60_000);
    const logs = ok(await get(`api/v2/deployments/${dep.metadata.guid}/logs?limit=50`), deploymentLogs);
    expect(logs.kind).toBe('Logs');
    expect(logs.metadata).toMatchObject({ deployment: dep.metadata.guid, offset: 0, limit: 50 });
    expect(logs.items.length).toBeGreaterThan(0);
    expect(logs.items.length).toBeLessThanOrEqual(50);
    expect(logs.metadata.total).toBeGreaterThanOrEqual(logs.items.length);

    const last = logs.items.at(-1)!;
    const after = ok(await get(`api/v2/deployments/${dep.metadata.guid}/logs?after=${encodeURIComponent(last.at)}`), deploymentLogs);
    expect(after.items.every((l) => Date.parse(l.at) > Date.parse(last.at))).toBe(true);

    const comp = ok(await get(`api/v2/deployments/${dep.metadata.guid}/logs?component=web&source=server`), deploymentLogs);
    expect(comp.items.every((l) => l.component === 'web' && l.source === 'server')).toBe(true);

    expect(failed(await get(`api/v2/deployments/${dep.metadata.guid}/logs?from=yesterday`), 400).field).toBe('from');
    expect(failed(await get(`api/v2/deployments/${dep.metadata.guid}/logs?limit=99999`), 400).field).toBe('limit');
    failed(await get('api/v2/deployments/dep-nope/logs'), 404);
  });

  it('serves the deployment’s events', async () => {
    const dep = await deployCloud();
    await untilRunning(dep.metadata.guid);
    const events = ok(await get(`api/v2/deployments/${dep.metadata.guid}/events`), eventList);
    expect(events.items.length).toBeGreaterThan(0);
    expect(events.items.every((e) => e.deploymentId === dep.metadata.guid)).toBe(true);
    const seqs = events.items.map((e) => e.seq);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    const later = ok(await get(`api/v2/deployments/${dep.metadata.guid}/events?after=${seqs.at(-1)}`), eventList);
    expect(later.items).toEqual([]);
    failed(await get('api/v2/deployments/dep-nope/events'), 404);
  });

  it('serves 24 hourly warning buckets for a component with a cloud bridge', async () => {
    const list = (await deploymentsAt('api/v2/deployments?limit=500'));
    const noisy = list.items.find((d) => d.status.cloudBridges.some((b) => b.warningCount > 0));
    expect(noisy, 'the default scenario has a deployment with cloud-bridge warnings').toBeDefined();
    const bridge = noisy!.status.cloudBridges.find((b) => b.warningCount > 0)!;
    const histogram = ok(await get(`api/v2/deployments/${noisy!.metadata.guid}/components/${bridge.component}/warnings`), warningHistogram);
    expect(histogram.items).toHaveLength(24);
    for (const bucket of histogram.items) expect(Date.parse(bucket.to) - Date.parse(bucket.from)).toBe(3_600_000);
    expect(histogram.metadata.total).toBe(histogram.items.reduce((n, b) => n + b.count, 0));
    expect(histogram.metadata.total).toBeGreaterThan(0);

    const dep = await deployCloud();
    const unknown = failed(await get(`api/v2/deployments/${dep.metadata.guid}/components/nope/warnings`), 404);
    expect(unknown.code).toBe('unknown-component');
    failed(await get(`api/v2/deployments/${dep.metadata.guid}/components/web/warnings`), 404);
  });
});
