import { describe, expect, it } from 'vitest';
import { deploymentNameRules, labelRules, mountPathRules } from '../../api/contract';
import { hybridWorld } from './test-world';
import type { WizardValues } from './form-model';
import { validateWizard, wizardSchema } from './wizard-validation';

const world = hybridWorld();
const valid: WizardValues = {
  name: 'hybrid-a',
  labels: [{ key: 'env', value: 'prod' }],
  components: [{ name: 'agent', deviceId: 'dev-amr-01', restart: 'always' }],
  aliases: [
    { component: 'planner', alias: 'planner' },
    { component: 'agent', alias: 'amr-01' },
  ],
  routedNetworkId: 'net-cloud-net',
  dependencies: [{ deploymentId: 'dep-fleet' }],
  volumes: [{ volumeId: 'disk-scratch', component: 'planner', mountPath: '/data' }],
};
const issues = (patch: Partial<WizardValues>) => validateWizard({ ...valid, ...patch }, world).map((i) => [i.path.join('.'), i.message]);

describe('validateWizard', () => {
  it('checks each alias: the naming rule, once per deployment, and free on the chosen network', () => {
    const network = { networkId: 'net-cloud-net', networkName: 'cloud-net', used: new Map([['planner', 'hybrid-b/planner']]) };
    const aliasIssues = (aliases: WizardValues['aliases']) =>
      validateWizard({ ...valid, aliases }, world, [], network).map((i) => [i.path.join('.'), i.message]);
    expect(aliasIssues([{ component: 'planner', alias: 'planner-2' }, { component: 'agent', alias: 'amr-01' }])).toEqual([]);
    expect(aliasIssues([{ component: 'planner', alias: 'planner' }, { component: 'agent', alias: 'amr-01' }])).toEqual([
      ['aliases.0.alias', 'The alias planner is already used by hybrid-b/planner on cloud-net.'],
    ]);
    expect(aliasIssues([{ component: 'planner', alias: '2 planner' }, { component: 'agent', alias: '' }])).toEqual([
      ['aliases.0.alias', 'An alias is 1 to 63 letters, digits, "_" or "-", starting with a letter.'],
      ['aliases.1.alias', 'Enter an alias for agent.'],
    ]);
    expect(aliasIssues([{ component: 'planner', alias: 'x' }, { component: 'agent', alias: 'x' }])).toEqual([
      ['aliases.1.alias', 'The alias x is already used by planner in this deployment.'],
    ]);
  });

  it('accepts a complete, valid form', () => {
    expect(validateWizard(valid, world)).toEqual([]);
  });

  it('applies the platform naming rule to the name', () => {
    expect(issues({ name: '' })).toEqual([['name', 'Enter a name.']]);
    for (const name of ['ab', '1abc', 'abc ', 'a'.repeat(65), 'ab/c']) expect(issues({ name })).toEqual([['name', deploymentNameRules]]);
    for (const name of ['abc', 'My deployment_2', 'a'.repeat(64)]) expect(issues({ name })).toEqual([]);
  });

  it('catches empty, invalid and duplicate label keys at the key', () => {
    expect(
      issues({
        labels: [
          { key: 'env', value: 'prod' },
          { key: '', value: 'x' },
          { key: 'env', value: 'staging' },
          { key: '-bad', value: 'x' },
          { key: 'ok', value: '' },
        ],
      }),
    ).toEqual([
      ['labels.1.key', 'Enter a label key.'],
      ['labels.2.key', 'The key "env" is already used by another label.'],
      ['labels.3.key', labelRules],
      ['labels.4.value', 'Enter a label value.'],
    ]);
  });

  it('needs an online device that can run each device component', () => {
    const agent = (deviceId: string) => [{ name: 'agent', deviceId, restart: 'always' as const }];
    expect(issues({ components: agent('') })).toEqual([['components.0.deviceId', 'Select a device for agent.']]);
    expect(issues({ components: agent('dev-amr-02') })).toEqual([['components.0.deviceId', 'amr-02 cannot run agent: offline.']]);
    expect(issues({ components: agent('dev-lab-02') })).toEqual([
      ['components.0.deviceId', 'lab-02 cannot run agent: ROS distro mismatch (needs Noetic, has Melodic).'],
    ]);
    expect(issues({ components: agent('dev-gone') })).toEqual([['components.0.deviceId', 'This device no longer exists. Select another one.']]);
  });

  it('needs a running cloud routed network for a ROS package with a cloud component', () => {
    expect(issues({ routedNetworkId: '' })).toEqual([['routedNetworkId', 'Select a routed network: the package has ROS components.']]);
    expect(issues({ routedNetworkId: 'net-lan-net' })).toEqual([
      ['routedNetworkId', 'This routed network cannot be used: a device network; a package with cloud components needs a cloud routed network.'],
    ]);
    expect(issues({ routedNetworkId: 'net-new-net' })).toEqual([['routedNetworkId', 'This routed network cannot be used: not running (Provisioning, Pending).']]);
  });

  it('needs each dependency chosen once, among deployments that can be depended on', () => {
    expect(issues({ dependencies: [{ deploymentId: '' }] })).toEqual([['dependencies.0.deploymentId', 'Select a deployment, or remove this dependency.']]);
    expect(issues({ dependencies: [{ deploymentId: 'dep-fleet' }, { deploymentId: 'dep-fleet' }] })).toEqual([
      ['dependencies.1.deploymentId', 'This deployment is already a dependency.'],
    ]);
    expect(issues({ dependencies: [{ deploymentId: 'dep-broken' }] })).toEqual([
      ['dependencies.0.deploymentId', 'This deployment can no longer be depended on: it must be Succeeded or Provisioning.'],
    ]);
  });

  it('checks each volume row: a free volume, a cloud component and an absolute mount path', () => {
    const row = (volumeId: string, component: string, mountPath: string) => ({ volumeId, component, mountPath });
    expect(issues({ volumes: [row('', '', '')] })).toEqual([
      ['volumes.0.volumeId', 'Select a volume, or remove this row.'],
      ['volumes.0.component', 'Select the cloud component to mount the volume to.'],
      ['volumes.0.mountPath', 'Enter a mount path.'],
    ]);
    expect(issues({ volumes: [row('disk-telemetry', 'agent', '/data')] })).toEqual([
      ['volumes.0.volumeId', 'This volume cannot be mounted: bound to telemetry.'],
      ['volumes.0.component', 'Select the cloud component to mount the volume to.'],
    ]);
    for (const path of ['data', '/', '/a//b', '/a/../b', '/a/./b']) {
      expect(issues({ volumes: [row('disk-scratch', 'planner', path)] })).toEqual([['volumes.0.mountPath', mountPathRules]]);
    }
    expect(issues({ volumes: [row('disk-scratch', 'planner', '/data'), row('disk-scratch', 'planner', '/data/')] })).toEqual([
      ['volumes.1.volumeId', 'This volume is already mounted by another row.'],
      ['volumes.1.mountPath', 'Another volume is mounted at /data/ on planner.'],
    ]);
  });

  it('keeps a server refusal at its field until the value changes', () => {
    const server = [{ path: 'name' as const, message: 'A deployment named hybrid-a already exists', value: 'hybrid-a' }];
    expect(validateWizard(valid, world, server)).toEqual([{ path: ['name'], message: 'A deployment named hybrid-a already exists' }]);
    expect(validateWizard({ ...valid, name: 'hybrid-b' }, world, server)).toEqual([]);
    const device = [{ path: 'components.0.deviceId' as const, message: 'Gone offline', value: 'dev-amr-01' }];
    expect(validateWizard(valid, world, device)).toEqual([{ path: ['components', 0, 'deviceId'], message: 'Gone offline' }]);
  });
});

describe('wizardSchema', () => {
  it('reports every problem in one pass, at its path', () => {
    const result = wizardSchema(world).safeParse({ ...valid, name: '', labels: [{ key: '', value: '' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['name', 'labels.0.key', 'labels.0.value']);
  });
});
