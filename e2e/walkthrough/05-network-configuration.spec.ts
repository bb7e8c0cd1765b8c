// The guide's "Network Configuration for Executables": the cloud bridge and routed network statuses of a ROS
// deployment, the warning histogram of the last 24 hours, and a bar that opens Historical Logs.
import { expect, start, test } from '../support/fixtures';

test.use({ timezoneId: 'UTC' });

test.describe('Network Configuration for Executables', () => {
  test('"you can view the cloud bridge and routed network statuses for each component"', async ({ page }) => {
    await start(page, '/deployments/fleet-manager-prod', { paused: true });
    const table = page.getByRole('table', { name: 'Network configuration' });
    for (const column of ['Name/ID', 'Network', 'Routing Status', 'Network Status']) {
      await expect(table.getByRole('columnheader', { name: column, exact: true })).toBeVisible();
    }
    const bridge = table.getByRole('row').filter({ hasText: 'fleet-manager-prod-fleet-core-cb' });
    await expect(bridge).toContainText('cloud-routed-net');
    await expect(bridge).toContainText('running with warnings');
  });

  test('"click the warning icon … to view the histogram" and "view the historical logs by clicking the warning message count bar"', async ({ page }) => {
    await start(page, '/deployments/fleet-manager-prod', { paused: true });
    const show = page.getByRole('table', { name: 'Network configuration' }).getByRole('button', { name: 'Show warnings for fleet-manager-prod-fleet-core-cb' });
    await show.click();
    await expect(show).toHaveAttribute('aria-expanded', 'true');
    const histogram = page.getByRole('region', { name: 'Warnings in the last 24 hours' });
    const bars = histogram.getByRole('toolbar').getByRole('button', { name: /: [1-9]\d* warnings?$/ });
    await expect(bars.first()).toBeVisible();

    await bars.first().click();
    await expect(page.getByRole('tab', { name: 'Historical Logs' })).toHaveAttribute('aria-selected', 'true');
    const url = new URL(page.url());
    expect(url.searchParams.get('tab')).toBe('historical-logs');
    expect(url.searchParams.get('source')).toBe('fleet-manager-prod-fleet-core-cb');
  });
});
