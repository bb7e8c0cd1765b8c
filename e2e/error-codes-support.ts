// Steps the error-code journeys share: read a code with the guide's description and action in the `Error` region,
// push a build on a package page, update a deployment, and move simulated time until it runs again.
import type { Page } from '@playwright/test';
import { describeErrorCode } from '../src/vocabulary';
import { advanceUntil, statusText } from './deployment-details-support';
import { expect, type Simulator } from './support/fixtures';

export const errorRegion = (page: Page) => page.getByRole('region', { name: 'Error' });

/** The region shows the code with the guide's description and recommended action. */
export async function expectCode(page: Page, code: string) {
  const { description, action, descriptionItems, actionItems } = describeErrorCode(code);
  const region = errorRegion(page);
  await expect(region).toContainText(code);
  // A description or action the guide gives as a list is shown as its items.
  for (const text of [...(descriptionItems ?? [description]), ...(actionItems ?? [action])]) await expect(region).toContainText(text);
}

/** Moves simulated time in small steps until the region shows `code` (codes that come and go with restarts). */
export async function advanceUntilCode(page: Page, sim: Simulator, code: string, stepMs: number) {
  await expect(async () => {
    await sim.advance(stepMs);
    await expect(errorRegion(page)).toContainText(code, { timeout: 1000 });
  }).toPass({ timeout: 60_000 });
}

/** Moves simulated time until the API says the deployment is Running, then sees its page say so, without an error. */
export async function untilRunning(page: Page, sim: Simulator, name: string, stepMs = 30_000) {
  const list = (await sim.get(`/api/v2/deployments?search=${encodeURIComponent(name)}`)) as { items: { metadata: { guid: string; name: string } }[] };
  const guid = list.items.find((d) => d.metadata.name === name)?.metadata.guid;
  expect(guid, `deployment ${name}`).toBeTruthy();
  await advanceUntil(sim, stepMs, async () => {
    const d = await sim.get(`/api/v2/deployments/${guid}`);
    return d.status.phase === 'Succeeded' && d.status.status === 'Running';
  });
  await expect(statusText(page)).toHaveText('Running');
  await expect(errorRegion(page)).toHaveCount(0);
}

export interface BuildChoice {
  tag?: string;
  defect?: 'Crash on start' | 'Crash after a while' | 'Bad entrypoint';
  afterSeconds?: number;
}

/** On a package page: `Push a build` for `<component>/<executable>`, with the tag and defect given (else the dialog's). */
export async function pushBuild(page: Page, executable: string, choice: BuildChoice = {}) {
  const builds = page.getByRole('table', { name: `Builds of ${executable}` });
  await page.getByRole('article').filter({ has: builds }).getByRole('button', { name: 'Push a build' }).click();
  const dialog = page.getByRole('dialog', { name: 'Push a build' });
  if (choice.tag) await dialog.getByRole('combobox', { name: 'Tag' }).fill(choice.tag);
  if (choice.defect) await dialog.getByRole('combobox', { name: 'Defect' }).selectOption({ label: choice.defect });
  if (choice.afterSeconds) await dialog.getByRole('textbox', { name: 'Runs for (seconds)' }).fill(String(choice.afterSeconds));
  await dialog.getByRole('button', { name: 'Push' }).click();
  await expect(dialog).toBeHidden();
  await expect(builds.getByRole('row', { name: /Current/ }).first()).toBeVisible();
}

/** On a deployment's page: `Update Deployment` of one component, optionally to other tags of its executables. */
export async function updateDeployment(page: Page, component: string, tags: Record<string, string> = {}) {
  await page.getByRole('button', { name: 'Update Deployment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Update Deployment' });
  await dialog.getByRole('checkbox', { name: `Update ${component}` }).check();
  for (const [executable, tag] of Object.entries(tags)) {
    await dialog.getByRole('combobox', { name: `Tag of ${component}/${executable}` }).selectOption(tag);
  }
  await dialog.getByRole('button', { name: 'Update' }).click();
  await expect(dialog).toBeHidden();
}

/** The device's id, by name, for the faults the simulator API takes. */
export async function deviceId(sim: Simulator, name: string): Promise<string> {
  const devices = (await sim.get('/api/v2/devices')) as { items: { metadata: { guid: string; name: string } }[] };
  const found = devices.items.find((d) => d.metadata.name === name);
  expect(found, `device ${name}`).toBeTruthy();
  return found?.metadata.guid ?? '';
}
