import { describe, expect, it } from 'vitest';
import { draftKey, restoreDraft } from './draft';
import { initialValues } from './form-model';
import { hybridWorld } from './test-world';

const { pkg } = hybridWorld();

describe('restoreDraft', () => {
  it('starts fresh without a draft, or with one that cannot be read', () => {
    expect(restoreDraft(null, pkg)).toEqual(initialValues(pkg));
    expect(restoreDraft('{not json', pkg)).toEqual(initialValues(pkg));
    expect(restoreDraft('42', pkg)).toEqual(initialValues(pkg));
  });

  it('brings back what was typed and chosen', () => {
    const saved = {
      name: 'half',
      labels: [{ key: 'env', value: '' }],
      components: [{ name: 'agent', deviceId: 'dev-amr-01', restart: 'never' }],
      aliases: [
        { component: 'planner', alias: 'planner-2' },
        { component: 'agent', alias: '' },
      ],
      routedNetworkId: 'net-cloud-net',
      dependencies: [{ deploymentId: '' }],
      volumes: [{ volumeId: 'disk-scratch', component: 'planner', mountPath: '/da' }],
    };
    expect(restoreDraft(JSON.stringify(saved), pkg)).toEqual(saved);
  });

  it('fits the draft to the package: unknown components go, missing ones and bad values get defaults', () => {
    const saved = {
      name: 7,
      components: [
        { name: 'ghost', deviceId: 'dev-x', restart: 'always' },
        { name: 'agent', deviceId: 'dev-amr-01', restart: 'sometimes' },
      ],
    };
    expect(restoreDraft(JSON.stringify(saved), pkg)).toEqual({
      ...initialValues(pkg),
      components: [{ name: 'agent', deviceId: 'dev-amr-01', restart: 'onfailure' }],
    });
  });

  it('drops lists that are not lists of rows, and a draft that is not an object', () => {
    expect(restoreDraft('[{"name":"x"}]', pkg)).toEqual(initialValues(pkg));
    const restored = restoreDraft(JSON.stringify({ name: 'n', labels: [1, { key: 'a' }], volumes: 'many', dependencies: [{ deploymentId: 5 }] }), pkg);
    expect(restored.labels).toEqual([]);
    expect(restored.volumes).toEqual([]);
    expect(restored.dependencies).toEqual([{ deploymentId: '' }]);
  });

  it('keeps one draft per package', () => {
    expect(draftKey('pkg-a')).not.toBe(draftKey('pkg-b'));
  });
});
