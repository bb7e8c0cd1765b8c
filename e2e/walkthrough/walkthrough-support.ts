// Steps the guide walkthrough shares: open a gallery scenario's focus deployment as the gallery describes it, read a
// term of the Details tab, and move the paused clock until the platform reaches a phase.
import type { Page } from '@playwright/test';
import { advanceUntil, deploymentNamed, phaseBar } from '../deployment-details-support';
import { expect, start, type Simulator } from '../support/fixtures';

export interface ScenarioFocus {
  deploymentName: string;
  phase?: string;
  status?: string;
  errorCode?: string;
}

interface GalleryScenario {
  name: string;
  title: string;
  focus?: ScenarioFocus;
}

/** The guide's phase names for the platform's phase codes. */
export const GUIDE_PHASE: Record<string, string> = {
  InProgress: 'In progress',
  Provisioning: 'Provisioning',
  Succeeded: 'Succeeded',
  FailedToStart: 'Failed to start',
  PartiallyDeprovisioned: 'Partially deprovisioned',
  Stopped: 'Deployment stopped',
  FailedToUpdate: 'Failed To Update',
};

/** The latest step with this label is the current one (after an update the bar lists earlier phases again). */
export async function expectPhase(page: Page, label: string) {
  await expect(phaseBar(page).getByRole('listitem').filter({ hasText: label }).last()).toHaveAttribute('aria-current', 'step');
}

export const statusOf = (page: Page) => page.getByRole('status', { name: 'Status' });
export const errorRegion = (page: Page) => page.getByRole('region', { name: 'Error' });

/** The gallery as `GET /api/simulator/scenarios` lists it, read once per worker: it does not change while tests run. */
let gallery: GalleryScenario[] | undefined;

/**
 * Starts the gallery scenario `name` on a paused clock on its focus deployment's page, the focus being what the
 * gallery promises for it (read from the API on the first call, which starts on the deployments list).
 */
export async function openScenario(page: Page, name: string): Promise<{ sim: Simulator; focus: ScenarioFocus }> {
  let sim: Simulator | undefined;
  if (!gallery) {
    sim = await start(page, '/deployments', { scenario: name, paused: true });
    gallery = ((await sim.get('/api/simulator/scenarios')) as { items: GalleryScenario[] }).items;
  }
  const focus = gallery.find((s) => s.name === name)?.focus;
  if (!focus) throw new Error(`the gallery has no scenario ${name} with a focus deployment`);
  const path = `/deployments/${encodeURIComponent(focus.deploymentName)}`;
  if (sim) await page.goto(path);
  else sim = await start(page, path, { scenario: name, paused: true });
  await expect(page.getByRole('heading', { level: 1, name: focus.deploymentName })).toBeVisible();
  return { sim, focus };
}

/** Checks the page shows the phase, status and error code the gallery promised for the focus deployment. */
export async function expectPromise(page: Page, focus: ScenarioFocus) {
  if (focus.phase) await expectPhase(page, GUIDE_PHASE[focus.phase] ?? focus.phase);
  if (focus.status) await expect(statusOf(page)).toHaveText(focus.status);
  if (focus.errorCode) await expect(errorRegion(page)).toContainText(focus.errorCode);
}

/** The value (`<dd>`) of a term (`<dt>`) on the page, such as `Deployment Generation`. */
export async function definitionOf(page: Page, term: string) {
  const terms = await page.getByRole('term').allTextContents();
  const index = terms.findIndex((t) => t.trim() === term);
  expect(index, `term ${term} among ${terms.join(', ')}`).toBeGreaterThanOrEqual(0);
  return page.getByRole('definition').nth(index);
}

/** Advances the paused clock in `stepMs` steps until the deployment named `name` is in `phase`. */
export async function advanceToPhase(sim: Simulator, name: string, phase: string, stepMs: number, maxSteps = 60) {
  await advanceUntil(sim, stepMs, async () => (await deploymentNamed(sim, name)).status.phase === phase, maxSteps);
}
