import { describe, expect, it } from 'vitest';
import { createPackageBody, packageResource, type PackageResource } from '../package';
import { GANTRY_LABELS } from './common';
import { parsePlatformDocument } from './document';
import { fromPlatformPackage, groupPlatformPackages, splitImage, toPlatformPackages, type PlatformPackage } from './package';

const rosDevicePackage = {
  apiVersion: 'apiextensions.rapyuta.io/v1',
  kind: 'Package',
  metadata: { name: 'talker-device', version: '1.0.0', description: 'A talker on a robot', labels: { team: 'nav' } },
  spec: {
    runtime: 'device',
    device: { arch: 'arm64v8', restart: 'onfailure' },
    executables: [
      {
        name: 'exec-docker',
        type: 'docker',
        command: ['roslaunch talker talker.launch'],
        runAsBash: true,
        limits: { cpu: 0.05, memory: 256 },
        docker: { image: 'registry.example.com:5000/talker:2.1', imagePullPolicy: 'Always', pullSecret: { depends: { kind: 'secret', nameOrGUID: 'registry-login' } } },
      },
      { name: 'exec-preInstalled', type: 'preInstalled', command: 'roslaunch listener listener.launch' },
    ],
    environmentVars: [{ name: 'LOG_LEVEL', default: 'info' }],
    ros: {
      enabled: true,
      version: 'noetic',
      rosEndpoints: [
        { type: 'topic', name: '/chatter', qos: 'hi' },
        { type: 'service', name: '/reset', timeout: 30 },
      ],
    },
  },
};

function parsedPackage(doc: unknown): PlatformPackage {
  const result = parsePlatformDocument(doc);
  if (!result.ok || result.value.kind !== 'Package') throw new Error(JSON.stringify(result));
  return result.value;
}

describe('the package codec', () => {
  it('reads a device ROS package into one component, keeping what Gantry does not simulate by its path', () => {
    const body = fromPlatformPackage(parsedPackage(rosDevicePackage));
    expect(createPackageBody.safeParse(body).success).toBe(true);
    expect(body.metadata).toEqual({ name: 'talker-device', version: '1.0.0', description: 'A talker on a robot', labels: { team: 'nav' } });
    const [component] = body.spec.components;
    expect(component).toMatchObject({
      name: 'talker-device',
      runtime: 'device',
      architecture: 'arm64v8',
      restart: 'onfailure',
      ros: { enabled: true, distro: 'noetic', topics: ['/chatter'], services: ['/reset'] },
      executables: [
        { name: 'exec-docker', type: 'docker', image: 'registry.example.com:5000/talker', tag: '2.1', imagePullPolicy: 'Always', command: 'roslaunch talker talker.launch' },
        { name: 'exec-preInstalled', type: 'preInstalled', command: 'roslaunch listener listener.launch' },
      ],
    });
    expect(component?.configuration).toEqual({
      'spec.environmentVars': [{ name: 'LOG_LEVEL', default: 'info' }],
      'spec.ros.rosEndpoints': rosDevicePackage.spec.ros.rosEndpoints,
      'spec.executables[0].command': ['roslaunch talker talker.launch'],
      'spec.executables[0].runAsBash': true,
      'spec.executables[0].limits': { cpu: 0.05, memory: 256 },
      'spec.executables[0].docker.pullSecret': { depends: { kind: 'secret', nameOrGUID: 'registry-login' } },
    });
  });

  it('splits an image into repository and tag, latest by default, and refuses a digest', () => {
    expect(splitImage('busybox')).toEqual({ image: 'busybox', tag: 'latest' });
    expect(splitImage('host:5000/a/b:1.2')).toEqual({ image: 'host:5000/a/b', tag: '1.2' });
    expect(splitImage('busybox@sha256:abc')).toBeUndefined();
  });

  it('exports a one-component package as the same platform document it was read from', () => {
    const body = createPackageBody.parse(fromPlatformPackage(parsedPackage(rosDevicePackage)));
    const resource: PackageResource = packageResource.parse({
      apiVersion: 'api.rapyuta.io/v2',
      kind: 'Package',
      metadata: { ...body.metadata, guid: 'pkg-1', description: body.metadata.description ?? '' },
      spec: { components: body.spec.components.map((c) => ({ ...c, executables: c.executables.map((e) => ({ ...e, builds: [] })) })) },
      status: { activeDeployments: 0 },
    });
    const [doc, ...more] = toPlatformPackages(resource);
    expect(more).toEqual([]);
    expect(doc).toEqual(rosDevicePackage);
  });

  it('exports a package of several components as one labelled document each, and groups them back', () => {
    const two = parsedPackage(rosDevicePackage);
    const cloud = parsedPackage({
      apiVersion: 'api.rapyuta.io/v2',
      kind: 'Package',
      metadata: { name: 'ui', version: 'v2.0.0' },
      spec: { runtime: 'cloud', cloud: { replicas: 2 }, executables: [{ name: 'web', docker: { image: 'nginx:1.27' } }] },
    });
    const resource = packageResource.parse({
      apiVersion: 'api.rapyuta.io/v2',
      kind: 'Package',
      metadata: { name: 'fleet', version: 'v2.0.0', guid: 'pkg-2', description: 'Fleet', labels: {} },
      spec: {
        components: [fromPlatformPackage(two), fromPlatformPackage(cloud)].map((b) => {
          const c = createPackageBody.parse(b).spec.components[0];
          return { ...c, executables: c?.executables.map((e) => ({ ...e, builds: [] })) };
        }),
      },
      status: { activeDeployments: 0 },
    });
    const docs = toPlatformPackages(resource);
    expect(docs.map((d) => d.metadata.name)).toEqual(['fleet-talker-device', 'fleet-ui']);
    expect(docs[1]?.metadata.labels).toEqual({ [GANTRY_LABELS.package]: 'fleet', [GANTRY_LABELS.component]: 'ui' });
    expect(docs[1]?.spec).toMatchObject({ runtime: 'cloud', cloud: { replicas: 2 } });
    const [grouped, ...others] = groupPlatformPackages(docs.map(parsedPackage));
    expect(others).toEqual([]);
    expect(grouped?.metadata.name).toBe('fleet');
    expect(grouped?.spec.components.map((c) => c.name)).toEqual(['talker-device', 'ui']);
  });

  it('names the field of each problem in the document', () => {
    const result = parsePlatformDocument({
      ...rosDevicePackage,
      spec: {
        runtime: 'cloud',
        executables: [{ name: 'a', type: 'preInstalled', command: 'x' }, { name: 'b' }, { name: 'c', docker: { image: 'x@sha256:00' } }],
        ros: { enabled: true },
      },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path).sort()).toEqual(['spec.executables[0].type', 'spec.executables[1].docker.image', 'spec.executables[2].docker.image', 'spec.ros.version']);
    expect(result.issues.every((i) => i.message.length > 0)).toBe(true);
  });
});
