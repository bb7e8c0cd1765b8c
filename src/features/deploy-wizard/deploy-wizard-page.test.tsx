// @vitest-environment jsdom
// The wizard over the mock platform (msw in node, default world, seed 1): rules at the field before anything is
// sent, device options with their reasons, and a refusal from the platform put back at its field.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { useParams, type RouteObject } from 'react-router';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes, PROBLEM_CONTENT_TYPE } from '../../api';
import { deploymentNameRules, mountPathRules } from '../../api/contract';
import { createMockServer, testBaseUrl } from '../../mocks/node';
import { renderWithApp } from '../../../tests/render';
import { DeployWizardPage } from './deploy-wizard-page';
import { draftKey } from './draft';

const NAV_STACK = 'pkg-bmbuqfocmbg8pb4x02gb';
const TELEMETRY = 'pkg-kqzlybwj27s1l7irc023';

const { server, host } = createMockServer({ seed: 1 });
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  sessionStorage.clear();
});
afterAll(() => server.close());

function DeploymentStub() {
  return <h1>Deployment {useParams().deploymentId}</h1>;
}

function Wizard() {
  return <DeployWizardPage packageId={useParams().packageId ?? ''} />;
}

const wizardRoutes: RouteObject[] = [
  { path: '/catalog/:packageId/deploy', element: <Wizard /> },
  { path: '/deployments/:deploymentId', element: <DeploymentStub /> },
];

async function openWizard(packageId: string) {
  const rendered = renderWithApp(wizardRoutes, { route: `/catalog/${packageId}/deploy` });
  await screen.findByRole('textbox', { name: /Name of deployment/ }, { timeout: 5000 });
  return rendered;
}

const describedBy = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

describe('Deploy package wizard', { timeout: 20_000 }, () => {
  it('proposes an alias free on the chosen network, and says who uses a typed one that is taken', async () => {
    const fleet = host.platform().listPackages().find((p) => p.name === 'fleet-manager')?.id ?? '';
    const cloudNet = host.platform().listNetworks().find((n) => n.name === 'cloud-routed-net')?.id ?? '';
    const { user } = await openWizard(fleet);
    const group = screen.getByRole('group', { name: 'fleet-core' });
    const alias = within(group).getByRole('textbox', { name: 'Alias' });
    expect(alias).toHaveValue('fleet-core');
    await user.selectOptions(screen.getByRole('combobox', { name: /Routed Network/ }), cloudNet);
    await waitFor(() => expect(alias).toHaveValue('fleet-core-2'));
    await user.clear(alias);
    await user.type(alias, 'fleet-core');
    await user.tab();
    await waitFor(() => expect(alias).toHaveAttribute('aria-invalid', 'true'));
    expect(describedBy(alias)).toContain('The alias fleet-core is already used by fleet-manager-prod/fleet-core on cloud-routed-net.');
    await user.clear(alias);
    await user.type(alias, '9 lives');
    await user.tab();
    await waitFor(() => expect(describedBy(alias)).toContain('An alias is 1 to 63 letters'));
  });

  it('shows the naming rule before submitting, and marks a bad name on blur with the message linked', async () => {
    const { user } = await openWizard(NAV_STACK);
    expect(screen.getByRole('heading', { level: 1, name: 'Deploy package' })).toBeInTheDocument();
    expect(screen.getByText(/nav-stack v2\.3\.0/)).toBeInTheDocument();
    const name = screen.getByRole('textbox', { name: /Name of deployment/ });
    expect(name).toHaveAccessibleDescription(deploymentNameRules);
    expect(name).not.toHaveAttribute('aria-invalid');

    await user.type(name, '9 lives');
    await user.tab();
    // The rules load after the form paints; the first check may wait for them.
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    const [errorId] = name.getAttribute('aria-describedby')!.split(' ');
    expect(document.getElementById(errorId!)).toHaveTextContent(deploymentNameRules);

    await user.clear(name);
    await user.type(name, 'nav-amr-09');
    await user.tab();
    await waitFor(() => expect(name).not.toHaveAttribute('aria-invalid'));
  });

  it('catches a duplicate label key on blur and an empty one on submit, at the key', async () => {
    const { user } = await openWizard(NAV_STACK);
    await user.click(screen.getByRole('button', { name: 'Add label' }));
    const firstKey = screen.getByRole('textbox', { name: 'Label key' });
    expect(firstKey).toHaveFocus();
    // Leaving a row just added empty is not an error yet.
    await user.click(screen.getByRole('button', { name: 'Add label' }));
    expect(firstKey).not.toHaveAttribute('aria-invalid');

    const keys = screen.getAllByRole('textbox', { name: 'Label key' });
    const values = screen.getAllByRole('textbox', { name: 'Label value' });
    await user.type(keys[0]!, 'env');
    await user.type(values[0]!, 'prod');
    await user.type(keys[1]!, 'env');
    await user.tab();
    expect(keys[0]).not.toHaveAttribute('aria-invalid');
    expect(keys[1]).toHaveAttribute('aria-invalid', 'true');
    expect(describedBy(keys[1]!)).toContain('The key "env" is already used by another label.');

    await user.clear(keys[1]!);
    await user.click(screen.getByRole('button', { name: 'Create deployment' }));
    expect(keys[1]).toHaveAttribute('aria-invalid', 'true');
    expect(describedBy(keys[1]!)).toContain('Enter a label key.');
    expect(describedBy(values[1]!)).toContain('Enter a label value.');

    await user.click(screen.getAllByRole('button', { name: 'Remove label' })[1]!);
    expect(screen.getAllByRole('textbox', { name: 'Label key' })).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Add label' })).toHaveFocus();
  });

  it('applies the mount path rule to a volume row', async () => {
    const { user } = await openWizard(TELEMETRY);
    await user.click(screen.getByRole('button', { name: 'Add volume' }));
    expect(screen.getByRole('combobox', { name: /Mount to component/ })).toHaveValue('collector');
    const volume = screen.getByRole('combobox', { name: /^Volume/ });
    expect(within(volume).getByRole('option', { name: /^scratch-volume/ })).toBeEnabled();
    expect(within(volume).getByRole('option', { name: /^telemetry-data .*unavailable: bound to telemetry/ })).toBeDisabled();

    const path = screen.getByRole('textbox', { name: /Mount path/ });
    await user.type(path, 'var/data');
    await user.tab();
    expect(path).toHaveAttribute('aria-invalid', 'true');
    expect(describedBy(path)).toContain(mountPathRules);
    await user.clear(path);
    await user.type(path, '/var/data');
    await user.tab();
    expect(path).not.toHaveAttribute('aria-invalid');
  });

  it('lists every device in the picker, disabling those that cannot run the component with the reason', async () => {
    await openWizard(NAV_STACK);
    const group = screen.getByRole('group', { name: 'navigation' });
    const picker = within(group).getByRole('combobox', { name: /Select device for deploying the component/ });
    const option = (name: string) => within(picker).getByRole('option', { name: new RegExp(`^${name} `) });
    for (const name of ['warehouse-amr-01', 'warehouse-amr-02', 'edge-gateway-01']) expect(option(name)).toBeEnabled();
    expect(option('warehouse-amr-01')).toHaveTextContent('warehouse-amr-01 · amd64 · Docker');
    const disabled: [string, string][] = [
      ['warehouse-amr-03', 'offline'],
      ['picker-arm-01', 'wrong architecture (needs amd64)'],
      ['lab-turtlebot-01', 'wrong runtime (needs Docker)'],
      ['lab-turtlebot-02', 'ROS distro mismatch (needs Noetic, has Melodic)'],
    ];
    for (const [name, reason] of disabled) {
      expect(option(name)).toBeDisabled();
      expect(option(name)).toHaveTextContent(`unavailable: ${reason}`);
    }
    expect(within(group).getByRole('button', { name: 'Refresh the list of online devices' })).toBeInTheDocument();
    expect(within(group).getByText('Restart policy: Always')).toBeInTheDocument();
  });

  it('reveals the restart policy choice on Modify', async () => {
    const { user } = await openWizard(NAV_STACK);
    expect(screen.queryByRole('radiogroup', { name: 'Restart policy' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Modify' }));
    const policies = screen.getByRole('radiogroup', { name: 'Restart policy' });
    for (const policy of ['Always', 'On-failure', 'Never']) expect(within(policies).getByRole('radio', { name: policy })).toBeInTheDocument();
    expect(within(policies).getByRole('radio', { name: 'Always' })).toBeChecked();
    await user.click(within(policies).getByRole('radio', { name: 'Never' }));
    expect(screen.getByText('Restart policy: Never')).toBeInTheDocument();
    expect(screen.getByText('(package default: Always)')).toBeInTheDocument();
  });

  it('marks every missing choice on Create deployment without opening the review', async () => {
    const { user } = await openWizard(NAV_STACK);
    await user.click(screen.getByRole('button', { name: 'Create deployment' }));
    expect(await screen.findByText(/3 fields need attention/)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Name of deployment/ })).toHaveFocus();
    expect(screen.getByRole('combobox', { name: /Select device/ })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('combobox', { name: /Routed Network/ })).toHaveAttribute('aria-invalid', 'true');
  });

  it('puts a taken name back at the field, keeping what was typed, then creates the deployment', async () => {
    const { user, router } = await openWizard(NAV_STACK);
    const name = screen.getByRole('textbox', { name: /Name of deployment/ });
    await user.type(name, 'nav-amr-01');
    await user.selectOptions(screen.getByRole('combobox', { name: /Select device/ }), '4cda4119-383f-455f-8fe2-e8718f97de72');
    await user.selectOptions(screen.getByRole('combobox', { name: /Routed Network/ }), 'net-8vp585dpr1wud73onmhj');
    await user.click(screen.getByRole('button', { name: 'Create deployment' }));

    const dialog = await screen.findByRole('dialog', { name: 'Create deployment' });
    expect(within(dialog).getByText('nav-amr-01')).toBeInTheDocument();
    expect(within(dialog).getByText('Device: warehouse-amr-01 · amd64 · Docker')).toBeInTheDocument();
    expect(within(dialog).getByText('cloud-routed-net')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(describedBy(name)).toContain('A deployment named nav-amr-01 already exists');
    expect(name).toHaveValue('nav-amr-01');
    expect(screen.getByRole('combobox', { name: /Select device/ })).toHaveValue('4cda4119-383f-455f-8fe2-e8718f97de72');
    await waitFor(() => expect(name).toHaveFocus());
    expect(sessionStorage.getItem(draftKey(NAV_STACK))).toContain('nav-amr-01');

    await user.clear(name);
    await user.type(name, 'nav-amr-09');
    await user.click(screen.getByRole('button', { name: 'Create deployment' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByRole('heading', { name: /^Deployment dep-/ })).toBeInTheDocument();
    expect(router.state.location.pathname).toMatch(/^\/deployments\/dep-/);
    expect(sessionStorage.getItem(draftKey(NAV_STACK))).toBeNull();
  });

  it('shows a refusal that names no field in a banner, and keeps the form as it was', async () => {
    server.use(
      http.post(apiRoutes(testBaseUrl()).deployments, () =>
        HttpResponse.json(
          { type: 'urn:gantry:problem:internal-error', title: 'Internal Server Error', status: 500, detail: 'The platform is restarting. Try again in a minute.', code: 'internal-error' },
          { status: 500, headers: { 'Content-Type': PROBLEM_CONTENT_TYPE } },
        ),
      ),
    );
    const { user } = await openWizard(TELEMETRY);
    await user.type(screen.getByRole('textbox', { name: /Name of deployment/ }), 'telemetry-eu');
    await user.click(screen.getByRole('button', { name: 'Create deployment' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Confirm' }));

    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('The deployment was not created');
    expect(banner).toHaveTextContent('The platform is restarting. Try again in a minute.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Name of deployment/ })).toHaveValue('telemetry-eu');
    expect(screen.getByRole('textbox', { name: /Name of deployment/ })).not.toHaveAttribute('aria-invalid');
  });

  it('says so when the package does not exist', async () => {
    renderWithApp(wizardRoutes, { route: '/catalog/pkg-nope/deploy' });
    expect(await screen.findByText('This package does not exist')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Catalog' })).toHaveAttribute('href', '/catalog');
  });
});
