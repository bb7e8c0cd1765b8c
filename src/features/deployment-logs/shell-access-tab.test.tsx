// @vitest-environment jsdom
// Shell Access over the mock platform: a shell into a running ROS executable, and the refusals with their reasons.
import { cleanup, screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../../mocks/node';
import { ShellAccessTab } from './shell-access-tab';
import { renderWithApp } from '../../../tests/render';
import { NAV_AMR_01, NAV_AMR_02, NAV_AMR_03, TELEOP_LAB, VISION_LINE, loadDeployment } from './test-support';

const { server } = createMockServer({ seed: 1 });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

async function open(id: string) {
  const deployment = await loadDeployment(id);
  return renderWithApp(<ShellAccessTab deployment={deployment} />, { route: `/deployments/${id}?tab=shell-access` });
}

// Real polling intervals and typing run here; a busy machine needs more than the default five seconds.
describe('Shell Access tab', { timeout: 20_000 }, () => {
  it('opens a shell into a running ROS executable and answers ls, env and rostopic list', async () => {
    const { user } = await open(NAV_AMR_01);
    const picker = await screen.findByRole('combobox', { name: 'Executable' });
    expect(within(picker).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'navigation / navigation',
      'navigation / localization',
      'navigation / lidar-driver',
    ]);
    const output = screen.getByRole('log', { name: 'Shell output' });
    expect(output).toHaveTextContent('Connected to navigation (component navigation) on device warehouse-amr-01.');
    const command = screen.getByRole('textbox', { name: 'Command' });

    await user.type(command, 'ls{Enter}');
    expect(output).toHaveTextContent('root@warehouse-amr-01:~/catkin_ws# ls');
    expect(output).toHaveTextContent('build devel src');
    await user.type(command, 'env{Enter}');
    expect(output).toHaveTextContent('RIO_ROS_ENV_ALIAS=warehouse-amr-01');
    expect(output).toHaveTextContent('ROS_MASTER_URI=http://localhost:11311');
    await user.type(command, 'rostopic list{Enter}');
    expect(within(output).getByText('/scan')).toBeInTheDocument();
    await user.type(command, 'frobnicate{Enter}');
    expect(within(output).getByText('bash: frobnicate: command not found')).toBeInTheDocument();

    await user.type(command, '{ArrowUp}{ArrowUp}');
    expect(command).toHaveValue('rostopic list');
    await user.clear(command);
    await user.type(command, 'clear{Enter}');
    expect(output).toBeEmptyDOMElement();
  });

  it('lists an executable that is not running, with why and what to do', async () => {
    await open(NAV_AMR_02);
    const list = await screen.findByRole('list', { name: 'Executables without a shell' });
    expect(within(list).getByText('navigation / localization')).toBeInTheDocument();
    expect(list).toHaveTextContent(/It is not running: status Error.*Check its Historical Logs/);
    const picker = screen.getByRole('combobox', { name: 'Executable' });
    expect(within(picker).queryByRole('option', { name: 'navigation / localization' })).not.toBeInTheDocument();
  });

  it('refuses a shell on an offline device and for the preinstalled runtime', async () => {
    await open(NAV_AMR_03);
    expect(await screen.findByText('No executable of this deployment accepts a shell right now')).toBeInTheDocument();
    expect(screen.getAllByText(/Device warehouse-amr-03 is offline/)).toHaveLength(3);
    cleanup();
    await open(TELEOP_LAB);
    expect((await screen.findAllByText(/preinstalled runtime directly on device lab-turtlebot-01/)).length).toBe(2);
  });

  it('says a shell needs the phase Succeeded while the deployment is still provisioning', async () => {
    await open(VISION_LINE);
    expect(screen.getByText('No shell while the phase is Provisioning')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Command' })).not.toBeInTheDocument();
  });
});
