import { describe, expect, it } from 'vitest';
import { reviewSummary } from './review-summary';
import { component, hybridWorld, packageOf } from './test-world';

describe('reviewSummary', () => {
  it('lists exactly what will be created', () => {
    const world = hybridWorld();
    const summary = reviewSummary(
      {
        name: 'hybrid-a',
        labels: [{ key: 'env', value: 'prod' }],
        components: [{ name: 'agent', deviceId: 'dev-amr-01', restart: 'never' }],
        aliases: [],
        routedNetworkId: 'net-cloud-net',
        dependencies: [{ deploymentId: 'dep-fleet' }],
        volumes: [{ volumeId: 'disk-scratch', component: 'planner', mountPath: '/data' }],
      },
      world,
    );
    expect(summary).toEqual([
      { term: 'Name', details: ['hybrid-a'] },
      { term: 'Package', details: ['hybrid v1.0.0'] },
      { term: 'Labels', details: ['env: prod'] },
      { term: 'Component planner', details: ['Runs in the cloud'] },
      { term: 'Component agent', details: ['Device: amr-01 · amd64 · Docker', 'Restart policy: Never'] },
      { term: 'Routed network', details: ['cloud-net'] },
      { term: 'Dependencies', details: ['fleet (dep-fleet)'] },
      { term: 'Volumes', details: ['scratch mounted at /data on planner'] },
    ]);
  });

  it('says None for empty sections and leaves out the network of a package without ROS', () => {
    const pkg = packageOf('web', [component({ name: 'web', runtime: 'cloud' })]);
    const summary = reviewSummary({ name: 'web-1', labels: [], components: [], aliases: [], routedNetworkId: '', dependencies: [], volumes: [] }, hybridWorld({ pkg }));
    expect(summary.map((e) => e.term)).toEqual(['Name', 'Package', 'Labels', 'Component web', 'Dependencies', 'Volumes']);
    expect(summary.find((e) => e.term === 'Labels')?.details).toEqual(['None']);
  });
});
