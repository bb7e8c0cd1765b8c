// One journey per scenario of the gallery: start it by URL and see on the focus deployment's page the phase, status
// and error code the scenario promises. The list comes from the engine's registry, so a new scenario is covered
// the moment it is added.
import { listScenarios } from '../src/platform';
import { PHASE_LABELS } from '../src/vocabulary';
import { phaseBar } from './deployment-details-support';
import { expect, start, test } from './support/fixtures';

for (const scenario of listScenarios().filter((s) => s.focus)) {
  const focus = scenario.focus!;
  test(`scenario ${scenario.name}: ${focus.deploymentName} shows what "${scenario.title}" promises`, async ({ page }) => {
    await start(page, `/deployments/${encodeURIComponent(focus.deploymentName)}`, { scenario: scenario.name, paused: true });
    await expect(page.getByRole('heading', { level: 1, name: focus.deploymentName })).toBeVisible();

    if (focus.phase) {
      const current = phaseBar(page).getByRole('listitem').filter({ hasText: PHASE_LABELS[focus.phase] }).last();
      await expect(current).toHaveAttribute('aria-current', 'step');
    }
    if (focus.status) await expect(page.getByRole('status', { name: 'Status' })).toHaveText(focus.status);
    if (focus.errorCode) await expect(page.getByRole('region', { name: 'Error' })).toContainText(focus.errorCode);
  });
}
