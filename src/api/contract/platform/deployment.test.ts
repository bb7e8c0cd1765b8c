import { describe, expect, it } from 'vitest';
import { createDeploymentBody } from '../deployment-requests';
import { deploymentSpec, type DeploymentResource } from '../deployment';
import { GANTRY_LABELS } from './common';
import { fromPlatformDeployment, groupPlatformDeployments, platformDeploymentPath, toPlatformDeployments, type PlatformDeployment } from './deployment';
import { parsePlatformDocument } from './document';

const deviceDeployment = {
  apiVersion: 'apiextensions.rapyuta.io/v1',
  kind: 'Deployment',
  metadata: { name: 'talker-on-amr', depends: { kind: 'package', nameOrGUID: 'talker-device', version: '1.0.0' }, labels: { app: 'demo' } },
  spec: {
    runtime: 'device',
    device: { depends: { kind: 'device', nameOrGUID: 'amr-1' } },
    restart: 'never',
    envArgs: [
      { name: 'RIO_ROS_ENV_ALIAS', value: 'talker_1' },
      { name: 'SPEED', value: 'slow' },
    ],
    features: { params: { enabled: true, trees: ['config01'] } },
    volumes: [{ execName: 'exec-docker', mountPath: '/data', subPath: '/var/data', uid: 1000 }],
    rosNetworks: [{ depends: { kind: 'network', nameOrGUID: 'lan' }, domainID: 3 }],
  },
};

function parsed(doc: unknown): PlatformDeployment {
  const result = parsePlatformDocument(doc);
  if (!result.ok || result.value.kind !== 'Deployment') throw new Error(JSON.stringify(result));
  return result.value;
}

const resourceOf = (name: string, components: DeploymentResource['spec']['components'], configuration?: Record<string, unknown>) =>
  ({
    apiVersion: 'api.rapyuta.io/v2',
    kind: 'Deployment',
    metadata: { name, guid: 'dep-1', labels: { app: 'demo' }, generation: 1, depends: { kind: 'package', nameOrGUID: 'pkg-1', name: 'talker-device', version: '1.0.0' } },
    spec: deploymentSpec.parse({
      components,
      rosNetworks: [{ depends: { kind: 'network', nameOrGUID: 'net-1' } }],
      depends: [],
      volumes: [],
      configuration,
    }),
  }) as unknown as DeploymentResource;

describe('the deployment codec', () => {
  it("honours spec.device.depends, reads the alias from RIO_ROS_ENV_ALIAS and keeps what Gantry does not simulate", () => {
    const body = fromPlatformDeployment(parsed(deviceDeployment), [{ name: 'talker', runtime: 'device' }]);
    expect(createDeploymentBody.safeParse(body).success).toBe(true);
    expect(body.metadata).toEqual({ name: 'talker-on-amr', labels: { app: 'demo' }, depends: { kind: 'package', nameOrGUID: 'talker-device', version: '1.0.0' } });
    expect(body.spec?.components).toEqual({ talker: { device: { depends: { kind: 'device', nameOrGUID: 'amr-1' } }, restart: 'never', alias: 'talker_1' } });
    expect(body.spec?.rosNetworks).toEqual([{ depends: { kind: 'network', nameOrGUID: 'lan' } }]);
    expect(body.spec?.volumes).toEqual([]);
    expect(body.spec?.configuration).toEqual({
      'spec.envArgs': deviceDeployment.spec.envArgs,
      'spec.volumes': deviceDeployment.spec.volumes,
      'spec.rosNetworks': deviceDeployment.spec.rosNetworks,
      'spec.features': deviceDeployment.spec.features,
    });
  });

  it('exports a one-component deployment as the document it was read from, names resolved', () => {
    const body = fromPlatformDeployment(parsed(deviceDeployment), [{ name: 'talker', runtime: 'device' }]);
    const dep = resourceOf(
      'talker-on-amr',
      [{ name: 'talker', runtime: 'device', device: { depends: { kind: 'device', nameOrGUID: 'dev-guid' } }, restart: 'never', alias: 'talker_1', executables: [{ name: 'exec-docker' }] }],
      body.spec?.configuration,
    );
    const names: Record<string, string> = { 'dev-guid': 'amr-1', 'net-1': 'lan' };
    expect(toPlatformDeployments(dep, (_kind, guid) => names[guid])).toEqual([deviceDeployment]);
  });

  it('exports a deployment of several components as labelled documents and groups them back into one', () => {
    const dep = resourceOf('fleet-1', [
      { name: 'ui', runtime: 'cloud', executables: [{ name: 'web' }] },
      { name: 'nav', runtime: 'device', device: { depends: { kind: 'device', nameOrGUID: 'amr-1' } }, restart: 'always', executables: [{ name: 'nav' }] },
    ]);
    const docs = toPlatformDeployments(dep);
    expect(docs.map((d) => [d.metadata.name, d.metadata.depends.nameOrGUID, d.spec.runtime])).toEqual([
      ['fleet-1-ui', 'talker-device-ui', 'cloud'],
      ['fleet-1-nav', 'talker-device-nav', 'device'],
    ]);
    expect(docs[1]?.metadata.labels).toMatchObject({ [GANTRY_LABELS.deployment]: 'fleet-1', [GANTRY_LABELS.component]: 'nav' });
    const [grouped, ...others] = groupPlatformDeployments(docs.map(parsed));
    expect(others).toEqual([]);
    expect(grouped?.metadata).toMatchObject({ name: 'fleet-1', depends: { nameOrGUID: 'talker-device' } });
    expect(grouped?.spec?.components).toEqual({ nav: { device: { depends: { kind: 'device', nameOrGUID: 'amr-1' } }, restart: 'always' } });
  });

  it("names the document's fields: its own problems, and a refusal of Gantry's body", () => {
    const result = parsePlatformDocument({ ...deviceDeployment, spec: { runtime: 'cloud', device: { depends: { nameOrGUID: 'x' } }, volumes: [{ mountPath: '/a' }] } });
    expect(result.ok ? [] : result.issues.map((i) => i.path).sort()).toEqual(['spec.device', 'spec.volumes[0].depends']);
    const doc = parsed(deviceDeployment);
    expect(platformDeploymentPath(doc, 'spec.components.talker.device.depends.nameOrGUID')).toBe('spec.device.depends.nameOrGUID');
    expect(platformDeploymentPath(doc, 'spec.components.talker.alias')).toBe('spec.envArgs[0].value');
    expect(platformDeploymentPath(doc, 'spec.rosNetworks.0.depends.nameOrGUID')).toBe('spec.rosNetworks[0].depends.nameOrGUID');
    expect(platformDeploymentPath(doc, 'metadata.depends.version')).toBe('metadata.depends.version');
  });
});
