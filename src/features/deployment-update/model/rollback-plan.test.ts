import { describe, expect, it } from 'vitest';
import { config, deployment, pkg } from '../test-support/fixtures';
import { rollbackPreview } from './rollback-plan';
import { updatableComponents } from './update-plan';

const dep = deployment();
const components = updatableComponents(dep, pkg());

describe('rollbackPreview', () => {
  it('shows the earlier generation’s tags replacing the current ones', () => {
    expect(rollbackPreview(dep, components, config('2.2.0')).map((r) => [r.executable, r.before, r.after, r.repull])).toEqual([
      ['navigation', '2.3.0', '2.2.0', false],
      ['localization', '2.3.0', '2.2.0', false],
    ]);
  });

  it('re-pulls every updatable component when the tags are already the same', () => {
    expect(rollbackPreview(dep, components, config('2.3.0')).every((r) => r.repull)).toBe(true);
  });

  it('re-deploys the earlier generation’s build when its tag points to another build now', () => {
    const status = dep.status.executables_status;
    const running = deployment({
      executables_status: { ...status, 'navigation/localization': { ...status['navigation/localization']!, digest: `sha256:${'b'.repeat(64)}` } },
    });
    const target = config('2.3.0');
    target.components[0]!.executables[1] = { ...target.components[0]!.executables[1]!, digest: `sha256:${'a'.repeat(64)}` };
    expect(rollbackPreview(running, components, target).map((r) => [r.executable, r.after, r.repull])).toEqual([
      ['navigation', '2.3.0', true],
      ['localization', `2.3.0 (build ${'a'.repeat(12)})`, false],
    ]);
  });
});
