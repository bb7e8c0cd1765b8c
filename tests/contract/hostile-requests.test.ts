// Requests a probe of the API sent that a real server must survive: malformed paths, prototype-named keys,
// wrong media types, oversize input. Each is answered with a 4xx problem, never a 5xx or a stack trace.
import { describe, expect, it } from 'vitest';
import { problem } from '../../src/api/contract';
import { cloudPackageBody, createCloudPackage, deployBody, deployCloud, untilRunning } from './fixtures';
import { BASE, call, failed, get, patch, post, setupMockPlatform, deploymentOf, deploymentsAt, packageOf, packagesAt } from './harness';

setupMockPlatform();

describe('a malformed percent escape in the path', () => {
  it.each([
    ['GET', 'api/v2/deployments/%zz'],
    ['GET', 'api/v2/deployments/%zz/history'],
    ['GET', 'api/v2/deployments/dep-1/components/%E0%A4%A/warnings'],
    ['DELETE', 'api/v2/packages/%'],
    ['GET', 'api/v2/%zz'],
    ['POST', 'api/simulator/%zz'],
  ])('%s %s is 400 invalid-path', async (method, path) => {
    const reply = await call(method, path);
    const p = failed(reply, 400);
    expect(p.code).toBe('invalid-path');
    expect(JSON.stringify(reply.body)).not.toMatch(/stack|URIError|path-to-regexp/);
  });

  it('leaves well-formed escapes alone', async () => {
    expect(failed(await get('api/v2/deployments/no%20such%25one'), 404).code).toBe('unknown-deployment');
  });
});

describe('names that objects inherit', () => {
  it('?label=toString lists only deployments that carry the label', async () => {
    const pkg = await createCloudPackage();
    const body = deployBody(pkg.metadata.guid);
    body.metadata.labels = { toString: 'yes' };
    const labelled = (await deploymentOf(await post('api/v2/deployments', body), 201));
    await deployCloud();
    const list = (await deploymentsAt('api/v2/deployments?label=toString&limit=500'));
    expect(list.items.map((d) => d.metadata.guid)).toEqual([labelled.metadata.guid]);
    expect((await deploymentsAt('api/v2/deployments?label=constructor')).items).toEqual([]);
    expect((await deploymentsAt('api/v2/deployments?label=__proto__')).items).toEqual([]);
  });

  it('a package whose executable is named constructor deploys and updates', async () => {
    const body = cloudPackageBody();
    const web = body.spec.components[0]!;
    web.executables.push({ name: 'constructor', image: 'registry.gantry.dev/contract/ctor', tag: '1.0.0', sizeMB: 10, command: 'run' });
    const pkg = (await packageOf(await post('api/v2/packages', body), 201));
    const dep = (await deploymentOf(await post('api/v2/deployments', deployBody(pkg.metadata.guid)), 201));
    await untilRunning(dep.metadata.guid);
    (await deploymentOf(await patch(`api/v2/deployments/${dep.metadata.guid}`, { components: [{ name: 'web', executables: { server: '1.1.0' } }] })));
    const after = await untilRunning(dep.metadata.guid);
    expect(after.status).toMatchObject({ phase: 'Succeeded', error_codes: [] });
    expect(after.status.executables_status['web/constructor']).toMatchObject({ tag: '1.0.0', status: 'running' });
  });
});

describe('the media type of a body', () => {
  const send = (method: string, path: string, contentType: string | undefined, body: string) =>
    fetch(new URL(path, BASE), { method, headers: contentType === undefined ? {} : { 'Content-Type': contentType }, body });

  it.each([
    ['text/plain'],
    ['application/x-www-form-urlencoded'],
    ['application/jsonp'],
    ['application/json; charset=latin1'],
  ])('a body sent as %s is 415 unsupported-media-type on every body endpoint', async (contentType) => {
    const endpoints: [string, string, string][] = [
      ['POST', 'api/v2/packages', JSON.stringify(cloudPackageBody())],
      ['POST', 'api/v2/deployments', '{}'],
      ['POST', 'api/v2/networks', '{}'],
      ['POST', 'api/v2/disks', '{}'],
      ['POST', 'api/simulator/clock', '{"paused":true}'],
      ['POST', 'api/simulator/clock/advance', '{"ms":1000}'],
      ['PUT', 'api/simulator/network', '{}'],
    ];
    for (const [method, path, body] of endpoints) {
      const response = await send(method, path, contentType, body);
      const reply = { status: response.status, contentType: response.headers.get('content-type') ?? '', body: await response.json(), headers: response.headers };
      expect(failed(reply, 415).code, `${method} ${path}`).toBe('unsupported-media-type');
    }
  });

  it('a body without a Content-Type is 415, and nothing was created', async () => {
    const before = (await packagesAt('api/v2/packages')).items.length;
    const response = await send('POST', 'api/v2/packages', undefined, JSON.stringify(cloudPackageBody()));
    expect(response.status).toBe(415);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await packagesAt('api/v2/packages')).items.length).toBe(before);
  });

  it.each([['application/json'], ['application/json; charset=utf-8'], ['Application/JSON; Charset="UTF-8"']])('accepts %s', async (contentType) => {
    const response = await send('POST', 'api/v2/packages', contentType, JSON.stringify(cloudPackageBody()));
    expect(response.status).toBe(201);
  });

  it('echoes at most 64 characters of the media type', async () => {
    const response = await send('POST', 'api/simulator/clock', `text/${'x'.repeat(5000)}`, '{"paused":true}');
    const p = problem.parse(await response.json());
    expect(p.detail.length).toBeLessThan(200);
    expect(p.detail).toContain('…');
  });
});

describe('input echoed in a problem', () => {
  const long = 'x'.repeat(20_000);
  const cutShort = (detail: string) => {
    // A scenario's refusal lists the known scenarios: the answer is bounded, not short.
    expect(detail.length).toBeLessThan(1500);
    expect(detail).toContain(`${'x'.repeat(64)}…`);
    expect(detail).not.toContain('x'.repeat(65));
  };

  it.each([
    ['GET', 'api/v2/deployments/<id>', 404],
    ['GET', 'api/v2/packages/<id>', 404],
    ['DELETE', 'api/v2/networks/<id>', 404],
    ['GET', 'api/v2/disks/<id>/history', 404],
    ['GET', 'api/v2/deployments/<id>/logs', 404],
    ['PUT', 'api/v2/packages/<id>', 405],
  ])('%s %s with a 20,000-character id is %d with the id cut to 64 characters', async (method, path, code) => {
    cutShort(failed(await call(method, path.replace('<id>', long)), code).detail);
  });

  it('a component of the warnings path, a scenario, a filter value and an id in a body are cut short too', async () => {
    const dep = await deployCloud();
    cutShort(failed(await get(`api/v2/deployments/${dep.metadata.guid}/components/${long}/warnings`), 404).detail);
    cutShort(failed(await get(`api/v2/deployments/${dep.metadata.guid}/components/${'x'.repeat(70)}/warnings`), 404).detail);
    cutShort(failed(await post('api/simulator/reset', { scenario: 'x'.repeat(100) }), 404).detail);
    cutShort(failed(await get(`api/v2/deployments?status=${long}`), 400).detail);
    cutShort(failed(await post('api/simulator/faults', { kind: 'device-offline', deviceId: 'x'.repeat(100) }), 404).detail);
  });
});

describe('input limits', () => {
  const withWeb = (change: (web: ReturnType<typeof cloudPackageBody>['spec']['components'][number]) => void) => {
    const body = cloudPackageBody();
    change(body.spec.components[0]!);
    return body;
  };

  it('refuses a package over the limits with 400 naming the field', async () => {
    const cases: [unknown, string][] = [
      [{ ...cloudPackageBody(), metadata: { ...cloudPackageBody().metadata, description: 'd'.repeat(4097) } }, 'metadata.description'],
      [{ ...cloudPackageBody(), metadata: { ...cloudPackageBody().metadata, name: 'n'.repeat(129) } }, 'metadata.name'],
      [{ ...cloudPackageBody(), metadata: { ...cloudPackageBody().metadata, version: `v1.0.0-${'r'.repeat(128)}` } }, 'metadata.version'],
      [withWeb((web) => (web.description = 'd'.repeat(4097))), 'spec.components.0.description'],
      [withWeb((web) => (web.executables[0]!.command = 'c'.repeat(4097))), 'spec.components.0.executables.0.command'],
      [withWeb((web) => (web.executables[0]!.image = `registry/${'i'.repeat(250)}`)), 'spec.components.0.executables.0.image'],
      [withWeb((web) => (web.ros = { enabled: true, distro: 'noetic', topics: Array.from({ length: 257 }, (_, i) => `/t${i}`) })), 'spec.components.0.ros.topics'],
      [withWeb((web) => (web.ros = { enabled: true, distro: 'noetic', services: ['s'.repeat(257)] })), 'spec.components.0.ros.services.0'],
      [withWeb((web) => (web.executables = Array.from({ length: 65 }, (_, i) => ({ name: `e${i}`, image: 'r/i', tag: '1' })))), 'spec.components.0.executables'],
      [{ ...cloudPackageBody(), metadata: { ...cloudPackageBody().metadata, labels: Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`k${i}`, 'v'])) } }, 'metadata.labels'],
    ];
    for (const [body, field] of cases) {
      const p = failed(await post('api/v2/packages', body), 400);
      expect(p, field).toMatchObject({ code: 'invalid-body', field });
      expect(p.detail, field).toMatch(/^[\w.]+: At most [\d,]+ (characters|items|labels)/);
    }
  });

  it('refuses a deployment, an update and the simulator over the limits', async () => {
    const pkg = await createCloudPackage();
    const labelled = deployBody(pkg.metadata.guid);
    labelled.metadata.labels = { team: 'v'.repeat(257) };
    expect(failed(await post('api/v2/deployments', labelled), 400).field).toBe('metadata.labels.team');
    labelled.metadata.labels = { ['k'.repeat(300_000)]: 'v' };
    const longKey = failed(await post('api/v2/deployments', labelled), 400);
    expect(longKey.field).toBe(`metadata.labels.${'k'.repeat(64)}…`);
    expect(longKey.detail).toBe(`metadata.labels.${'k'.repeat(64)}…: At most 256 characters`);
    const far = deployBody('p'.repeat(129));
    expect(failed(await post('api/v2/deployments', far), 400).field).toBe('metadata.depends.nameOrGUID');
    const dep = await deployCloud();
    const update = { components: [{ name: 'web', executables: { server: 't'.repeat(129) } }] };
    expect(failed(await patch(`api/v2/deployments/${dep.metadata.guid}`, update), 400).field).toBe('components.0.executables.server');
    expect(failed(await post('api/simulator/reset', { scenario: 's'.repeat(129) }), 400).field).toBe('scenario');
    expect(failed(await get(`api/v2/deployments?search=${'s'.repeat(4097)}`), 400).field).toBe('search');
  });

  it('refuses a body over 1 MB with 413, even when every field would be refused anyway', async () => {
    const huge = { ...cloudPackageBody(), metadata: { ...cloudPackageBody().metadata, description: 'd'.repeat(6 * 1024 * 1024) } };
    const p = failed(await post('api/v2/packages', huge), 413);
    expect(p.code).toBe('body-too-large');
    const multibyte = { ...cloudPackageBody(), metadata: { ...cloudPackageBody().metadata, description: '🤖'.repeat(300_000) } };
    expect(failed(await post('api/v2/packages', multibyte), 413).code).toBe('body-too-large');
  });

  it('accepts input at the limits', async () => {
    const body = cloudPackageBody();
    body.metadata.description = 'd'.repeat(4096);
    body.spec.components[0]!.executables[0]!.command = 'c'.repeat(4096);
    (await packageOf(await post('api/v2/packages', body), 201));
  });
});
