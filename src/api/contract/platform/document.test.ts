import { describe, expect, it } from 'vitest';
import { createDeviceBody } from '../device';
import { createDiskBody } from '../disk';
import { createNetworkBody } from '../network';
import { createSecretBody } from '../secret';
import { fromPlatformDevice } from './device';
import { fromPlatformDisk } from './disk';
import { isPlatformBody, parsePlatformDocument, type PlatformDocument } from './document';
import { fromPlatformNetwork } from './network';
import { platformPackagePath } from './paths';
import { fromPlatformSecret, toPlatformSecret } from './secret';

const v1 = 'apiextensions.rapyuta.io/v1';

function parsed(doc: unknown): PlatformDocument {
  const result = parsePlatformDocument(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const pathsOf = (doc: unknown) => {
  const result = parsePlatformDocument(doc);
  return result.ok ? [] : result.issues.map((i) => i.path);
};

describe('reading platform documents', () => {
  it('names the accepted apiVersions and kinds, and refuses the kinds Gantry does not model by name', () => {
    const result = parsePlatformDocument({ apiVersion: 'v9', kind: 'Thing', metadata: { name: 'x' }, spec: {} });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { path: 'apiVersion', message: expect.stringContaining('apiextensions.rapyuta.io/v1, api.rapyuta.io/v2') },
      { path: 'kind', message: expect.stringContaining('Secret, Device, Disk, Network, Package, Deployment') },
    ]);
    const project = parsePlatformDocument({ apiVersion: v1, kind: 'Project', metadata: { name: 'p' }, spec: {} });
    expect(project.ok || project.issues[0]?.message).toMatch(/^Gantry does not model Project/);
  });

  it('reads a routed device network, keeping its restart policy and limits, and refuses a native one at spec.type', () => {
    const doc = parsed({
      apiVersion: v1,
      kind: 'Network',
      metadata: { name: 'lan', labels: { app: 'x' } },
      spec: { type: 'routed', rosDistro: 'melodic', runtime: 'device', depends: { nameOrGuid: 'amr-1' }, networkInterface: 'eth0', restartPolicy: 'onFailure' },
    });
    if (doc.kind !== 'Network') throw new Error(doc.kind);
    const body = fromPlatformNetwork(doc);
    expect(createNetworkBody.parse(body).spec).toMatchObject({ runtime: 'device', depends: { kind: 'device', nameOrGUID: 'amr-1' }, networkInterface: 'eth0' });
    expect(body.spec.configuration).toEqual({ 'metadata.labels': { app: 'x' }, 'spec.restartPolicy': 'onFailure' });
    expect(pathsOf({ apiVersion: v1, kind: 'Network', metadata: { name: 'n' }, spec: { type: 'native', rosDistro: 'melodic', runtime: 'cloud' } })).toEqual(['spec.type']);
  });

  it('reads a disk, a device and a secret', () => {
    const disk = parsed({ apiVersion: v1, kind: 'Disk', metadata: { name: 'logs' }, spec: { capacity: 8, diskType: 'ssd' } });
    if (disk.kind !== 'Disk') throw new Error(disk.kind);
    expect(createDiskBody.parse(fromPlatformDisk(disk)).spec).toEqual({ runtime: 'cloud', capacity: 8, configuration: { 'spec.diskType': 'ssd' } });

    const device = parsed({ apiVersion: v1, kind: 'Device', metadata: { name: 'amr-9' }, spec: { rosDistro: 'noetic', docker: { enabled: true }, virtual: { enabled: true, arch: 'arm64' } } });
    if (device.kind !== 'Device') throw new Error(device.kind);
    expect(createDeviceBody.parse(fromPlatformDevice(device)).spec).toMatchObject({ architecture: 'arm64v8', runtimes: ['docker'], rosDistro: 'noetic', pythonVersion: '3' });
    const labelled = parsed({ apiVersion: v1, kind: 'Device', metadata: { name: 'amr-8', labels: { arch: 'arm32v7' } }, spec: { preinstalled: { enabled: true, catkinWorkspace: '/ws' } } });
    if (labelled.kind !== 'Device') throw new Error(labelled.kind);
    expect(fromPlatformDevice(labelled).spec).toMatchObject({ architecture: 'arm32v7', runtimes: ['preinstalled'], configuration: { 'spec.preinstalled.catkinWorkspace': '/ws' } });
    expect(pathsOf({ apiVersion: v1, kind: 'Device', metadata: { name: 'd' }, spec: {} })).toEqual(['spec.docker.enabled']);

    const secret = parsed({ apiVersion: v1, kind: 'Secret', metadata: { name: 'reg' }, spec: { type: 'Docker', docker: { username: 'u', password: 'p', email: 'u@example.net' } } });
    if (secret.kind !== 'Secret') throw new Error(secret.kind);
    const body = createSecretBody.parse(fromPlatformSecret(secret));
    expect(body.spec.docker.registry).toBe('https://index.docker.io/v1/');
    const exported = toPlatformSecret({ apiVersion: 'api.rapyuta.io/v2', kind: 'Secret', metadata: { name: 'reg', guid: 'secret-1', labels: {} }, spec: { type: 'Docker', docker: { registry: body.spec.docker.registry, username: 'u', email: 'u@example.net' } } });
    expect(exported.spec.docker?.password).toBe('<password>');
    expect(pathsOf({ apiVersion: v1, kind: 'Secret', metadata: { name: 's' }, spec: { type: 'Opaque' } })).toEqual(['spec.type']);
  });

  it("tells the platform's documents from Gantry's own bodies", () => {
    expect(isPlatformBody({ apiVersion: v1, kind: 'Package' }, 'api.rapyuta.io/v2')).toBe(true);
    expect(isPlatformBody({ apiVersion: 'api.rapyuta.io/v2', kind: 'Package', spec: { runtime: 'cloud', executables: [] } }, 'api.rapyuta.io/v2')).toBe(true);
    expect(isPlatformBody({ apiVersion: 'api.rapyuta.io/v2', kind: 'Package', spec: { components: [] } }, 'api.rapyuta.io/v2')).toBe(false);
    expect(isPlatformBody({ apiVersion: 'api.rapyuta.io/v2', kind: 'Deployment', spec: {} }, 'api.rapyuta.io/v2')).toBe(false);
    expect(isPlatformBody({ metadata: {}, spec: { components: [] } }, 'api.rapyuta.io/v2')).toBe(false);
    expect(isPlatformBody({ apiVersion: 'nope/v1' }, 'api.rapyuta.io/v2')).toBe(true);
  });

  it("names the document's field for a refusal of Gantry's package body", () => {
    expect(platformPackagePath('spec.components.0.executables.1.image')).toBe('spec.executables[1].docker.image');
    expect(platformPackagePath('spec.components.0.executables.0.name')).toBe('spec.executables[0].name');
    expect(platformPackagePath('spec.components.0.ros.distro')).toBe('spec.ros.version');
    expect(platformPackagePath('spec.components.0.architecture')).toBe('spec.device.arch');
    expect(platformPackagePath('metadata.version')).toBe('metadata.version');
  });
});
