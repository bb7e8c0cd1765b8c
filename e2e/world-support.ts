// Helpers the world journeys (devices, routed networks, volumes) share.
import type { Page } from '@playwright/test';
import { expect } from './support/fixtures';

/**
 * `start(..., { paused: true })` pauses through the API; the app learns it on its next status poll and then stops
 * refreshing on its own. Journeys that change the world behind the screen's back wait for that first, before any
 * dialog opens (a modal dialog hides the header from the accessibility tree).
 */
export async function untilAppSeesPause(page: Page) {
  await expect(page.getByRole('button', { name: 'Run simulation' })).toHaveAttribute('aria-pressed', 'false');
}
