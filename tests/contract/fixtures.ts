// Packages and look-ups the contract tests create for themselves, so they do not depend on a scenario's content.
import { deviceList } from '../../src/api/contract';
import type { CreateDeploymentBody, CreatePackageBody, DeploymentResource, DeviceResource } from '../../src/api/contract';
import { advanceUntil, get, ok, post, deploymentOf, packageOf } from './harness';

let n = 0;
export const unique = (prefix: string) => `${prefix}-${++n}`;

export const cloudPackageBody = (name = unique('contract-cloud')): CreatePackageBody => ({
  metadata: { name, version: 'v1.0.0', description: 'A cloud web service' },
  spec: {
    components: [
      {
        name: 'web',
        runtime: 'cloud',
        executables: [
          {
            name: 'server',
            image: 'registry.gantry.dev/contract/web',
            tag: '1.0.0',
            command: 'serve --port 8080',
            builds: [
              { tag: '1.1.0', sizeMB: 120 },
              { tag: '1.0.0', sizeMB: 100 },
            ],
          },
        ],
      },
    ],
  },
});

export async function createCloudPackage(name?: string) {
  return (await packageOf(await post('api/v2/packages', cloudPackageBody(name)), 201));
}

/** One cloud package in several versions, created in the order given. */
export async function createPackageVersions(name: string, versions: string[]) {
  const created = [];
  for (const version of versions) {
    const body = cloudPackageBody(name);
    created.push((await packageOf(await post('api/v2/packages', { ...body, metadata: { ...body.metadata, version } }), 201)));
  }
  return created;
}

export async function onlineDockerDevice(): Promise<DeviceResource> {
  const devices = ok(await get('api/v2/devices'), deviceList).items;
  const device = devices.find((d) => d.status.status === 'ONLINE' && d.spec.runtimes.includes('docker'));
  if (!device) throw new Error('The default scenario has no online docker device');
  return device;
}

export async function createDevicePackage(device: DeviceResource) {
  const body: CreatePackageBody = {
    metadata: { name: unique('contract-device'), version: 'v1.0.0' },
    spec: {
      components: [
        {
          name: 'driver',
          runtime: 'device',
          architecture: device.spec.architecture,
          restart: 'always',
          executables: [{ name: 'motor', image: 'registry.gantry.dev/contract/motor', tag: '2.0.0', sizeMB: 80, command: 'run-motor' }],
        },
      ],
    },
  };
  return (await packageOf(await post('api/v2/packages', body), 201));
}

export const deployBody = (packageGuid: string, name = unique('contract-dep'), spec: CreateDeploymentBody['spec'] = {}): CreateDeploymentBody => ({
  metadata: { name, labels: { team: 'contract' }, depends: { kind: 'package', nameOrGUID: packageGuid } },
  spec,
});

export async function deployCloud(name?: string): Promise<DeploymentResource> {
  const pkg = await createCloudPackage();
  return (await deploymentOf(await post('api/v2/deployments', deployBody(pkg.metadata.guid, name)), 201));
}

export async function getDeployment(guid: string) {
  return (await deploymentOf(await get(`api/v2/deployments/${guid}`)));
}

/** Advances the clock until the deployment is Succeeded and Running. */
export async function untilRunning(guid: string): Promise<DeploymentResource> {
  let last: DeploymentResource | undefined;
  await advanceUntil(async () => {
    last = await getDeployment(guid);
    return last.status.phase === 'Succeeded' && last.status.status === 'Running';
  });
  return last!;
}
