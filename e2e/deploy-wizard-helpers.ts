// Steps the deploy wizard's journeys share: open the wizard for a package by name, pick options by the name they
// start with, and read back what the platform created.
import type { Locator, Page } from '@playwright/test';
import { expect, start, type Simulator, type StartOptions } from './support/fixtures';

export interface WizardPackage {
  id: string;
  sim: Simulator;
}

/** Opens a fresh scenario (clock paused) on the wizard of the package named `name`. */
export async function openWizard(page: Page, name: string, options: StartOptions = {}): Promise<WizardPackage> {
  const sim = await start(page, '/catalog', { paused: true, ...options });
  const packages = await sim.get('/api/v2/packages');
  const pkg = packages.items.find((p: { metadata: { name: string } }) => p.metadata.name === name);
  expect(pkg, `package ${name}`).toBeTruthy();
  const id: string = pkg.metadata.guid;
  await page.goto(`/catalog/${id}/deploy`);
  await expect(page.getByRole('heading', { level: 1, name: 'Deploy package' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name of deployment' })).toBeVisible();
  return { id, sim };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The option of a combo box whose text starts with `prefix` followed by a space (a name, then its details). */
export const option = (combobox: Locator, prefix: string) => combobox.getByRole('option', { name: new RegExp(`^${escape(prefix)} `) });

/** Chooses the option whose text starts with `prefix`. */
export async function choose(combobox: Locator, prefix: string) {
  const text = await option(combobox, prefix).textContent();
  await combobox.selectOption({ label: text ?? prefix });
}

export const deviceGroup = (page: Page, component: string) => page.getByRole('group', { name: component, exact: true });
export const devicePicker = (scope: Locator) => scope.getByRole('combobox', { name: 'Select device for deploying the component' });

export const reviewDialog = (page: Page) => page.getByRole('dialog', { name: 'Create deployment' });

/** Confirms the open review dialog and waits for the new deployment's page; returns the deployment as the API has it. */
export async function confirmAndOpenDeployment(page: Page, sim: Simulator) {
  await reviewDialog(page).getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(/\/deployments\/dep-[a-z0-9]+$/);
  const id = new URL(page.url()).pathname.split('/').pop() as string;
  const deployment = await sim.get(`/api/v2/deployments/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: deployment.metadata.name })).toBeVisible();
  await expect(page.getByText(id).first()).toBeVisible();
  return deployment;
}
