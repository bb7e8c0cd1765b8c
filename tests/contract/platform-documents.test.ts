// The platform's own documents (fixtures written from the rapyuta.io CLI's manifests and the SDK's models) posted as
// they are, read back, and refused at their fields when Gantry cannot take them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import {
  deploymentResource,
  deviceResource,
  diskResource,
  networkResource,
  packageResource,
  secretList,
  secretResource,
  type DeploymentResource,
} from '../../src/api/contract';
import { advanceUntil, del, failed, get, ok, post, setupMockPlatform, deploymentOf, packageOf } from './harness';

setupMockPlatform();

type Doc = { kind: string; metadata: { name: string } } & Record<string, unknown>;

const fixture = (file: string): Doc[] =>
  parseAllDocuments(readFileSync(new URL(`./fixtures/platform/${file}`, import.meta.url), 'utf8')).map((d) => d.toJSON() as Doc);
const one = (file: string): Doc => {
  const [doc] = fixture(file);
  if (!doc) throw new Error(`${file} is empty`);
  return doc;
};

const ENDPOINT: Record<string, string> = {
  Secret: 'api/v2/secrets/',
  Device: 'api/v2/devices/',
  Disk: 'api/v2/disks/',
  Network: 'api/v2/networks/',
  Package: 'api/v2/packages/',
  Deployment: 'api/v2/deployments/',
};
const SCHEMA = { Secret: secretResource, Device: deviceResource, Disk: diskResource, Network: networkResource, Package: packageResource, Deployment: deploymentResource };

/** Posts each document to its kind's endpoint (with the platform's trailing slash) and expects it created. */
async function apply(...files: string[]) {
  const created: Record<string, unknown> = {};
  for (const doc of files.flatMap(fixture)) {
    const kind = doc.kind as keyof typeof SCHEMA;
    const reply = await post(ENDPOINT[kind] ?? '', doc);
    if (reply.status !== 201) throw new Error(`${doc.kind} ${doc.metadata.name}: ${reply.status} ${JSON.stringify(reply.body)}`);
    // A deployment is read whole, as the console reads it: its documents and the simulation's telemetry.
    created[doc.metadata.name] =
      kind === 'Deployment' ? await deploymentOf(reply, 201) : kind === 'Package' ? await packageOf(reply, 201) : SCHEMA[kind].parse(reply.body);
    // As `rio apply` waits for a network before the deployments on it.
    if (kind === 'Network') {
      const running = async () => ok(await get(`api/v2/networks/${doc.metadata.name}`), networkResource).status.status === 'Running';
      if (!(await advanceUntil(running))) throw new Error(`${doc.metadata.name} never ran`);
    }
    // And for a deployment before the ones that depend on it (`depends[].wait`).
    if (kind === 'Deployment') {
      const started = async () => ['Provisioning', 'Succeeded'].includes((await deploymentOf(await get(`api/v2/deployments/${doc.metadata.name}`))).status.phase);
      if (!(await advanceUntil(started))) throw new Error(`${doc.metadata.name} never started`);
    }
  }
  return created;
}

const WORLD = ['secret-docker.yaml', 'devices.yaml', 'disk.yaml', 'network-routed-cloud.yaml', 'network-routed-device.yaml'];
const PACKAGES = ['package-ros-device.yaml', 'package-nonros-device.yaml', 'package-ros-cloud.yaml', 'package-nonros-cloud.yaml'];

describe("the platform's documents, as sent", () => {
  it('takes a secret, devices, a disk and routed networks, and keeps what it does not simulate', async () => {
    const created = await apply(...WORLD);
    const secret = ok(await get('api/v2/secrets/harbor-login/'), secretResource);
    expect(secret.spec.docker).toEqual({ registry: 'https://harbor.example.com', username: 'robot-puller', email: 'robots@example.com' });
    expect(JSON.stringify(secret)).not.toContain('s3cret-token');
    expect(ok(await get('api/v2/secrets/'), secretList).items.map((s) => s.metadata.name)).toContain('harbor-login');

    const devices = ['amr-docker-01', 'lab-preinstalled-01', 'arm-hybrid-01'].map((n) => created[n] as { spec: Record<string, unknown>; metadata: { labels: Record<string, string> }; status: { status: string } });
    expect(devices.map((d) => [d.spec.architecture, d.spec.runtimes, d.status.status])).toEqual([
      ['amd64', ['docker'], 'ONLINE'],
      ['arm32v7', ['preinstalled'], 'ONLINE'],
      ['arm64v8', ['docker', 'preinstalled'], 'ONLINE'],
    ]);
    expect(devices[0]?.metadata.labels).toEqual({ site: 'yard-3' });
    expect(devices[0]?.spec.configuration).toEqual({ 'spec.configVariables': { log_level: 'debug' } });
    expect(devices[1]?.spec).toMatchObject({ pythonVersion: '2', configuration: { 'spec.preinstalled.catkinWorkspace': '/home/robot/catkin_ws' } });
    expect(ok(await get('api/v2/devices/arm-hybrid-01/'), deviceResource).spec.configuration).toMatchObject({ 'spec.virtual': { enabled: true, arch: 'arm64' } });

    const disk = ok(await get('api/v2/disks/map-store/'), diskResource);
    expect(disk.spec).toEqual({ runtime: 'cloud', capacity: 16, configuration: { 'metadata.labels': { purpose: 'maps' }, 'spec.diskType': 'ssd' } });
    // The labels a document gave are served where the platform keeps them, too.
    expect(disk.metadata.labels).toEqual({ purpose: 'maps' });
    const cloudNet = ok(await get('api/v2/networks/fleet-cloud-net/'), networkResource);
    expect(cloudNet.spec).toMatchObject({ type: 'routed', runtime: 'cloud', configuration: { 'metadata.region': 'jp', 'spec.resourceLimits': { cpu: 0.5, memory: 1024 } } });
    const deviceNet = ok(await get('api/v2/networks/yard-net/'), networkResource);
    const amr = devices[0] as unknown as { metadata: { guid: string } };
    expect(deviceNet.spec).toMatchObject({ runtime: 'device', depends: { nameOrGUID: amr.metadata.guid }, networkInterface: 'eth0', configuration: { 'spec.restartPolicy': 'onFailure' } });
  });

  it('takes packages of every variant, names and versions as the platform writes them, and returns every field it keeps', async () => {
    await apply(...WORLD);
    const created = await apply(...PACKAGES);
    const talker = packageResource.parse(created['yard-talker']);
    expect(talker.metadata).toMatchObject({ name: 'yard-talker', version: '1.0.0', labels: { app: 'yard' } });
    const [component] = talker.spec.components;
    expect(component).toMatchObject({
      runtime: 'device',
      architecture: 'arm64v8',
      restart: 'onfailure',
      ros: { enabled: true, distro: 'melodic', topics: ['/yard/status'], services: ['/yard/reset'] },
    });
    expect(component?.executables.map((e) => [e.name, e.type, e.image, e.tag, e.imagePullPolicy])).toEqual([
      ['exec-docker', 'docker', 'harbor.example.com/yard/talker', '2.4.1', 'Always'],
      ['exec-preInstalled', 'preInstalled', undefined, undefined, undefined],
    ]);
    expect(Object.keys(component?.configuration ?? {}).sort()).toEqual([
      'spec.environmentVars',
      'spec.executables[0].command',
      'spec.executables[0].docker.pullSecret',
      'spec.executables[0].limits',
      'spec.executables[0].livenessProbe',
      'spec.executables[0].runAsBash',
      'spec.ros.rosEndpoints',
    ]);
    const dashboard = (await packageOf(await get('api/v2/packages/fleet-dashboard/?version=1.2.0')));
    expect(dashboard.spec.components[0]?.configuration).toMatchObject({ 'spec.cloud.replicas': 3, 'spec.endpoints': [{ name: 'http', type: 'external-https', port: 443, targetPort: 8080 }] });
    expect(packageResource.parse(created['fleet-brain']).spec.components[0]?.ros).toMatchObject({ services: ['/fleet/assign'], scoped: true });
    expect(packageResource.parse(created['lab-logger']).spec.components[0]?.executables[0]).toMatchObject({ type: 'preInstalled', command: 'bash -c "tail -F /var/log/syslog"' });
  });

  it('deploys on the cloud and on devices as the documents say, honouring spec.device.depends, and the deployments run', async () => {
    await apply(...WORLD, ...PACKAGES);
    const created = await apply('deployment-ros-cloud.yaml', 'deployment-ros-device.yaml', 'deployment-nonros-device.yaml', 'deployment-nonros-cloud.yaml');
    const onDevice = deploymentResource.parse(created['yard-talker-amr']);
    const hybrid = ok(await get('api/v2/devices/arm-hybrid-01'), deviceResource);
    expect(onDevice.spec.components).toEqual([
      expect.objectContaining({ name: 'yard-talker', runtime: 'device', device: { depends: { kind: 'device', nameOrGUID: hybrid.metadata.guid } }, restart: 'never', alias: 'talker_hybrid' }),
    ]);
    expect(Object.keys(onDevice.spec.configuration ?? {}).sort()).toEqual(['spec.envArgs', 'spec.features', 'spec.rosNetworks', 'spec.volumes']);
    const dashboard = deploymentResource.parse(created['fleet-dashboard-jp']);
    expect(dashboard.spec.volumes).toEqual([expect.objectContaining({ component: 'fleet-dashboard', mountPath: '/srv/maps' })]);
    expect(dashboard.spec.depends).toHaveLength(1);
    expect(dashboard.spec.configuration).toMatchObject({ 'spec.serviceAccount': 'dashboard-reader', 'spec.staticRoutes': [expect.objectContaining({ name: 'dashboard' })], 'spec.envArgs': [{ name: 'THEME', value: 'dark' }] });
    // The region asked for is where the simulation runs everything: the document says so, and it is no kept field.
    const brain = deploymentResource.parse(created['fleet-brain-jp']);
    expect(brain.metadata.region).toBe('jp');
    expect(brain.spec.configuration).toBeUndefined();
    const names = Object.keys(created);
    const read = async () => Promise.all(names.map(async (n) => (await deploymentOf(await get(`api/v2/deployments/${n}/`)))));
    const settled = (deps: DeploymentResource[]) => deps.every((d) => d.status.phase === 'Succeeded' && d.status.status === 'Running');
    expect(await advanceUntil(async () => settled(await read()))).toBe(true);
  });

  it('accepts each document of a multi-document file, in the order the CLI applies them', async () => {
    const created = await apply('stack.yaml');
    expect(Object.keys(created)).toEqual(['stack-registry', 'stack-robot', 'stack-disk', 'stack-net', 'stack-agent', 'stack-agent-robot']);
    expect(await advanceUntil(async () => (await deploymentOf(await get('api/v2/deployments/stack-agent-robot'))).status.phase === 'Succeeded')).toBe(true);
    expect(ok(await del('api/v2/secrets/stack-registry/'), secretResource).metadata.name).toBe('stack-registry');
  });

  it('adds and removes a device by its document, refusing to remove one in use', async () => {
    await apply('stack.yaml');
    expect(failed(await del('api/v2/devices/stack-robot/'), 409).code).toBe('device-in-use');
    const [device] = fixture('devices.yaml');
    ok(await post('api/v2/devices', device), deviceResource, 201);
    expect(failed(await post('api/v2/devices', device), 409)).toMatchObject({ code: 'name-taken', field: 'metadata.name' });
    ok(await del('api/v2/devices/amr-docker-01'), deviceResource);
    expect(failed(await get('api/v2/devices/amr-docker-01'), 404).code).toBe('unknown-device');
  });
});

describe('refusals name the field', () => {
  it('answers an unknown apiVersion or kind with 400 naming the accepted values', async () => {
    const doc = one('disk.yaml');
    const version = failed(await post('api/v2/disks/', { ...doc, apiVersion: 'apps/v1' }), 400);
    expect(version).toMatchObject({ code: 'invalid-body', field: 'apiVersion' });
    expect(version.detail).toContain('apiextensions.rapyuta.io/v1, api.rapyuta.io/v2');
    const kind = failed(await post('api/v2/disks/', { ...doc, kind: 'Volume' }), 400);
    expect(kind).toMatchObject({ field: 'kind' });
    expect(kind.detail).toContain('Secret, Device, Disk, Network, Package, Deployment');
    const project = failed(await post('api/v2/packages/', { ...doc, kind: 'Project' }), 400);
    expect(project.detail).toContain('Gantry does not model Project');
    expect(failed(await post('api/v2/packages/', doc), 400)).toMatchObject({ field: 'kind', detail: expect.stringContaining('takes kind Package') });
  });

  it('refuses a native network at spec.type, and a deployment on it at its rosNetworks entry', async () => {
    const p = failed(await post('api/v2/networks/', one('network-native-cloud.yaml')), 400);
    expect(p).toMatchObject({ field: 'spec.type', detail: expect.stringContaining('routed networks only') });
    await apply(...WORLD, 'package-ros-cloud.yaml');
    const deployment = one('deployment-ros-cloud.yaml');
    const spec = { runtime: 'cloud', rosNetworks: [{ depends: { kind: 'network', nameOrGUID: 'native-cloud-net' } }] };
    expect(failed(await post('api/v2/deployments/', { ...deployment, spec }), 422)).toMatchObject({ code: 'unknown-network', field: 'spec.rosNetworks[0].depends.nameOrGUID' });
  });

  it("refuses a pull secret that names no secret, at the executable's field", async () => {
    const p = failed(await post('api/v2/packages/', one('package-ros-device.yaml')), 422);
    expect(p).toMatchObject({ code: 'unknown-secret', field: 'spec.executables[0].docker.pullSecret.depends.nameOrGUID' });
    expect(p.detail).toContain('harbor-login');
  });

  it('names every problem of a package document at its path', async () => {
    const doc = one('package-nonros-cloud.yaml');
    const spec = { runtime: 'cloud', executables: [{ name: 'a', type: 'preInstalled', command: 'x' }, { name: 'b', docker: { image: 'nginx@sha256:00' } }] };
    const p = failed(await post('api/v2/packages/', { ...doc, spec }), 400);
    expect(p.issues?.map((i) => i.field).sort()).toEqual(['spec.executables[0].type', 'spec.executables[1].docker.image']);
    expect(p.issues?.every((i) => i.message.startsWith(i.field))).toBe(true);
    const bad = { ...doc, metadata: { name: 'Bad_Name', version: '1.2.0' } };
    expect(failed(await post('api/v2/packages/', bad), 422)).toMatchObject({ code: 'invalid-package', field: 'metadata.name' });
  });

  it('refuses a device deployment on an unknown device at spec.device.depends, and an unknown package version', async () => {
    await apply(...WORLD, ...PACKAGES);
    const doc = one('deployment-nonros-device.yaml') as Doc & { spec: Record<string, unknown>; metadata: Record<string, unknown> };
    const gone = { ...doc, spec: { ...doc.spec, device: { depends: { kind: 'device', nameOrGUID: 'no-such-robot' } } } };
    expect(failed(await post('api/v2/deployments/', gone), 422)).toMatchObject({ code: 'unknown-device', field: 'spec.device.depends.nameOrGUID' });
    const missing = { ...doc, spec: { runtime: 'device' } };
    expect(failed(await post('api/v2/deployments/', missing), 422)).toMatchObject({ code: 'device-required', field: 'spec.device.depends.nameOrGUID' });
    const version = { ...doc, metadata: { ...doc.metadata, depends: { kind: 'package', nameOrGUID: 'lab-logger', version: 'v9.0.0' } } };
    expect(failed(await post('api/v2/deployments/', version), 422)).toMatchObject({ code: 'unknown-package-version', field: 'metadata.depends.version' });
  });
});
