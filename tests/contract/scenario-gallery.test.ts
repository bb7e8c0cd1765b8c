// The scenario gallery over the wire: every scenario has a topic, gallery scenarios name a focus deployment, and
// resetting to one shows that deployment in the promised phase, status and error code.
import { describe, expect, it } from 'vitest';
import { SCENARIO_TOPICS, paths, scenarioList, simulatorStatus } from '../../src/api/contract';
import type { ScenarioInfo } from '../../src/api/contract';
import { get, ok, post, setupMockPlatform, deploymentsAt } from './harness';

setupMockPlatform();

async function scenarios(): Promise<ScenarioInfo[]> {
  return ok(await get(paths.simulator.scenarios()), scenarioList).items;
}

describe('scenario list', () => {
  it('gives every scenario a topic, and the gallery scenarios a focus deployment', async () => {
    const items = await scenarios();
    expect(items.every((s) => SCENARIO_TOPICS.includes(s.topic))).toBe(true);
    expect(items.find((s) => s.name === 'default')).toMatchObject({ topic: 'world' });
    expect(items.find((s) => s.name === 'default')?.focus).toBeUndefined();
    expect(new Set(items.map((s) => s.topic))).toEqual(new Set(SCENARIO_TOPICS));
    expect(items.find((s) => s.name === 'error-dep-e151')).toMatchObject({
      topic: 'error-codes',
      focus: { deploymentName: 'nav-amr-03', phase: 'Succeeded', status: 'Error', errorCode: 'DEP_E151' },
    });
    for (const s of items.filter((x) => x.topic !== 'world')) {
      expect(s.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(s.focus?.deploymentName, s.name).toBeTruthy();
      expect(s.description, s.name).toContain(`Open ${s.focus?.deploymentName}`);
    }
  });
});

describe('resetting to a gallery scenario', () => {
  it.each(['error-dep-e151', 'phase-in-progress', 'phase-deployment-stopped', 'failed-to-update', 'exception-shared-ros-master'])(
    '%s shows its focus deployment as promised',
    async (name) => {
      const info = (await scenarios()).find((s) => s.name === name);
      const focus = info?.focus;
      if (!focus) throw new Error(`${name} has no focus`);
      expect(ok(await post(paths.simulator.reset(), { scenario: name, seed: 1 }), simulatorStatus)).toMatchObject({ scenario: name, seed: 1 });
      const list = (await deploymentsAt(paths.deployments({ phases: 'all', search: focus.deploymentName })));
      const d = list.items.find((x) => x.metadata.name === focus.deploymentName);
      expect(d, `${focus.deploymentName} is listed`).toBeDefined();
      if (focus.phase) expect(d?.status.phase).toBe(focus.phase);
      if (focus.status) expect(d?.status.status).toBe(focus.status);
      if (focus.errorCode) expect(d?.status.error_codes).toContain(focus.errorCode);
    },
  );
});
