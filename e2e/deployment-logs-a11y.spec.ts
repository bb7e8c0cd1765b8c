// The three tabs of this feature have no WCAG 2.2 AA violations in light and dark.
import type { Page } from '@playwright/test';
import { axeViolations, expect, start, test } from './support/fixtures';

const WAREHOUSE_HYBRID = 'dep-3gaxc0pr2ss0uf9js87b';

const tabs: { tab: string; ready: (page: Page) => Promise<void> }[] = [
  {
    tab: 'Historical Logs',
    ready: async (page) => {
      await page.getByRole('searchbox', { name: 'Search logs' }).fill('goal');
      await expect(page.getByRole('region', { name: 'Log lines' }).getByRole('listitem').first()).toBeVisible();
    },
  },
  {
    tab: 'Live Logs',
    ready: async (page) => {
      await page.getByRole('searchbox', { name: 'Search live logs' }).fill('heartbeat');
      await expect(page.getByRole('log', { name: 'Live logs' }).getByRole('listitem').first()).toBeVisible();
    },
  },
  {
    tab: 'Shell Access',
    ready: async (page) => {
      const command = page.getByRole('textbox', { name: 'Command' });
      await command.fill('ps');
      await command.press('Enter');
      await expect(page.getByRole('log', { name: 'Shell output' })).toContainText('rosmaster');
    },
  },
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const { tab, ready } of tabs) {
    test(`${tab} is axe-clean in ${colorScheme}`, async ({ page }) => {
      // axe walks the whole details page; give it room on a busy machine.
      test.slow();
      await page.emulateMedia({ colorScheme });
      await start(page, `/deployments/${WAREHOUSE_HYBRID}`, { paused: true });
      await page.getByRole('tab', { name: tab }).click();
      await ready(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
