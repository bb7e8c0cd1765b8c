// Helpers for the Simulator journeys: locate by role and name, read ids through the simulator's REST API.
import { expect, type Page } from '@playwright/test';
import type { Simulator } from './support/fixtures';

export const clockGroup = (page: Page) => page.getByRole('group', { name: 'Clock' });

/** The simulated time the Clock group shows, as its machine-readable `datetime`. */
export const shownTime = async (page: Page) => Date.parse((await clockGroup(page).getByRole('time').getAttribute('datetime')) ?? '');

export const deviceRow = (page: Page, name: string) =>
  page.getByRole('table', { name: 'Devices' }).getByRole('row', { name: new RegExp(`^${name} `) });

export const eventList = (page: Page) => page.getByRole('list', { name: 'Events' });

export const faultPanel = (page: Page) => page.getByRole('region', { name: 'Inject a fault' });

export async function deploymentId(sim: Simulator, name: string): Promise<string> {
  const list = await sim.get('/api/v2/deployments?phases=all&limit=500');
  const found = list.items.find((d: { metadata: { name: string } }) => d.metadata.name === name);
  expect(found, `deployment ${name}`).toBeTruthy();
  return found.metadata.guid;
}
