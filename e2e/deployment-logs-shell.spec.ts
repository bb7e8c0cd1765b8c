// Shell Access on the deployment page: a simulated shell into a running ROS executable, and the refusal for an
// executable that is not running.
import { expect, start, test } from './support/fixtures';

const NAV_AMR_01 = 'dep-fekspvxepadclfqfczl7';
const NAV_AMR_02 = 'dep-swyc9mvu6q1mpauzl7tm';

test('Shell Access answers ls, env and rostopic list on a ROS deployment', async ({ page }) => {
  await start(page, `/deployments/${NAV_AMR_01}`, { paused: true });
  await page.getByRole('tab', { name: 'Shell Access' }).click();
  await expect(page.getByRole('combobox', { name: 'Executable' })).toHaveValue('navigation/navigation');
  const output = page.getByRole('log', { name: 'Shell output' });
  const command = page.getByRole('textbox', { name: 'Command' });

  await command.fill('ls');
  await command.press('Enter');
  await expect(output).toContainText('root@warehouse-amr-01:~/catkin_ws# ls');
  await expect(output.getByText(/^build\s+devel\s+src$/)).toBeVisible();

  await command.fill('env');
  await command.press('Enter');
  await expect(output.getByText('RIO_ROS_ENV_ALIAS=warehouse-amr-01')).toBeVisible();
  await expect(output.getByText('ROS_DISTRO=noetic')).toBeVisible();
  await expect(output.getByText('ROS_MASTER_URI=http://localhost:11311')).toBeVisible();

  await command.fill('rostopic list');
  await command.press('Enter');
  for (const topic of ['/cmd_vel', '/odom', '/rapyuta_io_peers', '/scan']) await expect(output.getByText(topic, { exact: true })).toBeVisible();

  await command.fill('top');
  await command.press('Enter');
  await expect(output.getByText('bash: top: command not found')).toBeVisible();
});

test('Shell Access says why an executable that is not running has no shell', async ({ page }) => {
  await start(page, `/deployments/${NAV_AMR_02}`, { paused: true });
  await page.getByRole('tab', { name: 'Shell Access' }).click();
  const refused = page.getByRole('list', { name: 'Executables without a shell' }).getByRole('listitem').filter({ hasText: 'navigation / localization' });
  await expect(refused).toContainText('It is not running: status Error');
  await expect(refused).toContainText('Check its Historical Logs for why it stopped.');
  await expect(page.getByRole('combobox', { name: 'Executable' }).getByRole('option', { name: 'navigation / localization' })).toHaveCount(0);
});
