// Helpers for the catalog journeys.
import { expect, type Page } from '@playwright/test';

/** Runs `act`, which the platform must refuse with `status`, and waits for that answer. */
export async function expectRefusal(page: Page, status: number, act: () => Promise<void>) {
  const refusal = page.waitForResponse((response) => new URL(response.url()).pathname.startsWith('/api/') && response.status() === status);
  await act();
  await refusal;
}

/**
 * Chromium logs every 4xx answer as "Failed to load resource", which the shared fixture may count as a console
 * error. A refusal the journey provokes on purpose is expected: call this once the refusal shows to drop its log.
 */
export function forgetRefusalLogs(consoleErrors: string[], status: number) {
  const rest = consoleErrors.filter((message) => !(message.startsWith('Failed to load resource') && message.includes(`status of ${status} (`)));
  consoleErrors.splice(0, consoleErrors.length, ...rest);
}

/** Calls the platform API from inside the page (the service worker answers), for methods the fixture lacks. */
export async function callApi(page: Page, method: string, path: string) {
  const status = await page.evaluate(async ({ method, path }) => (await fetch(path, { method })).status, { method, path });
  expect(status, `${method} ${path}`).toBeLessThan(300);
}

/** The package of the default scenario that has a deployment in `Failed to start`. */
export const FAILED_PACKAGE = 'nav-stack';
