// Shared steps of the deployment details journeys: the phase bar, the Executables table and moving simulated time.
import type { Page } from '@playwright/test';
import { expect, type Simulator } from './support/fixtures';

export const phaseBar = (page: Page) => page.getByRole('list', { name: 'Deployment phase' });

/** The phase bar's step with this label (the guide's phase name). */
export const step = (page: Page, label: string) => phaseBar(page).getByRole('listitem').filter({ hasText: label });

export async function expectCurrentStep(page: Page, label: string) {
  await expect(step(page, label)).toHaveAttribute('aria-current', 'step');
}

export const statusText = (page: Page) => page.getByRole('status', { name: 'Status' });

export const executableRow = (page: Page, executable: string) =>
  page.getByRole('table', { name: 'Executables' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: executable, exact: true }) });

/** The row's `Restart Count` cell (cells after the row header: Component, then Status, Reason, Restart Count). */
export async function restartCount(page: Page, executable: string): Promise<number> {
  return Number(await executableRow(page, executable).getByRole('cell').nth(3).textContent());
}

export interface DeploymentSummary {
  metadata: { guid: string; name: string };
  status: { phase: string };
}

/** The deployment as the API has it now, by name. */
export async function deploymentNamed(sim: Simulator, name: string): Promise<DeploymentSummary> {
  const list = (await sim.get(`/api/v2/deployments?phases=all&search=${encodeURIComponent(name)}`)) as { items: DeploymentSummary[] };
  const found = list.items.find((d) => d.metadata.name === name);
  if (!found) throw new Error(`no deployment named ${name}`);
  return found;
}

/** Moves simulated time in steps until `done` holds for what the API says (the page follows by polling). */
export async function advanceUntil(sim: Simulator, stepMs: number, done: () => Promise<boolean>, maxSteps = 60) {
  for (let i = 0; i < maxSteps; i++) {
    if (await done()) return;
    await sim.advance(stepMs);
  }
  throw new Error(`still waiting after ${maxSteps} steps of ${stepMs} ms`);
}
