import { describe, expect, it } from 'vitest';
import { createDeploymentBody } from '../../api/contract';
import { countFieldErrors, initialValues, newVolumeRow, valueAt, type WizardValues } from './form-model';
import { formPathOf, placeServerError, toCreateDeploymentBody } from './request-model';
import { component, hybridWorld, packageOf } from './test-world';

const { pkg } = hybridWorld();

const filled: WizardValues = {
  name: 'hybrid-a',
  labels: [
    { key: 'env', value: 'prod' },
    { key: 'app.kubernetes.io', value: 'planner' },
  ],
  components: [{ name: 'agent', deviceId: 'dev-amr-01', restart: 'never' }],
  aliases: [
    { component: 'planner', alias: 'planner' },
    { component: 'agent', alias: 'amr-01' },
  ],
  routedNetworkId: 'net-cloud-net',
  dependencies: [{ deploymentId: 'dep-fleet' }],
  volumes: [{ volumeId: 'disk-scratch', component: 'planner', mountPath: '/data' }],
};

describe('initialValues', () => {
  it('has one entry per device component, with the package default restart policy, and an alias per ROS component', () => {
    expect(initialValues(pkg)).toEqual({
      name: '',
      labels: [],
      components: [{ name: 'agent', deviceId: '', restart: 'onfailure' }],
      aliases: [
        { component: 'planner', alias: '' },
        { component: 'agent', alias: '' },
      ],
      routedNetworkId: '',
      dependencies: [],
      volumes: [],
    });
  });

  it('mounts a new volume on the only cloud component', () => {
    expect(newVolumeRow(pkg)).toEqual({ volumeId: '', component: 'planner', mountPath: '' });
    const twoClouds = packageOf('two', [component({ name: 'a', runtime: 'cloud' }), component({ name: 'b', runtime: 'cloud' })]);
    expect(newVolumeRow(twoClouds).component).toBe('');
  });
});

describe('toCreateDeploymentBody', () => {
  it('writes a v2 manifest the contract accepts', () => {
    const body = toCreateDeploymentBody(filled, pkg);
    expect(body).toEqual({
      metadata: { name: 'hybrid-a', labels: { env: 'prod', 'app.kubernetes.io': 'planner' }, depends: { kind: 'package', nameOrGUID: 'pkg-hybrid' } },
      spec: {
        components: { agent: { device: { depends: { kind: 'device', nameOrGUID: 'dev-amr-01' } }, restart: 'never', alias: 'amr-01' }, planner: { alias: 'planner' } },
        rosNetworks: [{ depends: { kind: 'network', nameOrGUID: 'net-cloud-net' } }],
        depends: [{ kind: 'deployment', nameOrGUID: 'dep-fleet' }],
        volumes: [{ component: 'planner', mountPath: '/data', depends: { kind: 'disk', nameOrGUID: 'disk-scratch' } }],
      },
    });
    expect(createDeploymentBody.safeParse(body).success).toBe(true);
  });

  it('leaves out empty sections and the network of a package without ROS', () => {
    const plain = packageOf('plain', [component({ name: 'web', runtime: 'cloud' })]);
    expect(toCreateDeploymentBody({ ...initialValues(plain), name: 'web-1' }, plain)).toEqual({
      metadata: { name: 'web-1', depends: { kind: 'package', nameOrGUID: 'pkg-plain' } },
      spec: {},
    });
  });
});

describe('formPathOf', () => {
  it('maps request-body fields back to the form control that set them', () => {
    expect(formPathOf('metadata.name', filled)).toBe('name');
    expect(formPathOf('metadata.labels.app.kubernetes.io', filled)).toBe('labels.1.key');
    expect(formPathOf('spec.components.agent.device.depends.nameOrGUID', filled)).toBe('components.0.deviceId');
    expect(formPathOf('spec.components.agent', filled)).toBe('components.0.deviceId');
    expect(formPathOf('spec.components.agent.restart', filled)).toBe('components.0.restart');
    expect(formPathOf('spec.components.planner.alias', filled)).toBe('aliases.0.alias');
    expect(formPathOf('spec.components.agent.alias', filled)).toBe('aliases.1.alias');
    expect(formPathOf('spec.rosNetworks.0.depends.nameOrGUID', filled)).toBe('routedNetworkId');
    expect(formPathOf('spec.depends.0.nameOrGUID', filled)).toBe('dependencies.0.deploymentId');
    expect(formPathOf('spec.volumes.0.depends.nameOrGUID', filled)).toBe('volumes.0.volumeId');
    expect(formPathOf('spec.volumes.0.component', filled)).toBe('volumes.0.component');
    expect(formPathOf('spec.volumes.0.mountPath', filled)).toBe('volumes.0.mountPath');
  });

  it('finds no control for the package, a cloud component, or a row that does not exist', () => {
    expect(formPathOf('metadata.depends.nameOrGUID', filled)).toBeUndefined();
    expect(formPathOf('spec.components.planner', filled)).toBeUndefined();
    expect(formPathOf('spec.depends.3.nameOrGUID', filled)).toBeUndefined();
    expect(formPathOf('spec.volumes.2.mountPath', filled)).toBeUndefined();
    expect(formPathOf('metadata.labels.missing', filled)).toBeUndefined();
  });
});

describe('placeServerError', () => {
  it('puts a refusal with a field at its control, as a sentence', () => {
    expect(
      placeServerError({ message: 'amr-01 is offline; only online devices can be selected', field: 'spec.components.agent.device.depends.nameOrGUID' }, filled),
    ).toEqual({ fields: [{ path: 'components.0.deviceId', message: 'Amr-01 is offline; only online devices can be selected' }] });
  });

  it('places each issue of a rejected body, and what no control owns goes to the banner', () => {
    const placement = placeServerError(
      {
        message: 'two problems',
        field: 'metadata.name',
        issues: [
          { field: 'metadata.name', message: 'name is taken' },
          { field: 'metadata.depends.nameOrGUID', message: 'unknown package' },
        ],
      },
      filled,
    );
    expect(placement).toEqual({ fields: [{ path: 'name', message: 'Name is taken' }], general: 'Unknown package' });
  });

  it('sends a refusal without a field to the banner', () => {
    expect(placeServerError({ message: 'The platform could not be reached.' }, filled)).toEqual({ fields: [], general: 'The platform could not be reached.' });
  });
});

describe('helpers', () => {
  it('reads a value at a dotted path', () => {
    expect(valueAt(filled, 'volumes.0.mountPath')).toBe('/data');
    expect(valueAt(filled, 'labels.5.key')).toBeUndefined();
  });

  it('counts the fields marked in an error tree', () => {
    expect(countFieldErrors({ name: { type: 'custom', message: 'x' }, labels: [undefined, { key: { type: 'custom', message: 'y' }, value: { type: 'custom', message: 'z' } }] })).toBe(3);
    expect(countFieldErrors({})).toBe(0);
  });
});
