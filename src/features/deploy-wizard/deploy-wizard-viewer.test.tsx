// @vitest-environment jsdom
// A viewer in the wizard (mock platform, default world, seed 1): the form can be filled in, creating cannot.
import { cleanup, screen } from '@testing-library/react';
import { useParams } from 'react-router';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { VIEWER_REASON } from '../../api';
import { createMockServer } from '../../mocks/node';
import { renderWithApp } from '../../../tests/render';
import { DeployWizardPage } from './deploy-wizard-page';

const TELEMETRY = 'pkg-kqzlybwj27s1l7irc023';

const { server, host } = createMockServer({ seed: 1 });
const signIn = (role: 'operator' | 'viewer') => host.platform().setCurrentUser(host.platform().getState().users.find((u) => u.role === role)?.id ?? '');
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  signIn('viewer');
});
afterEach(() => {
  cleanup();
  sessionStorage.clear();
});
afterAll(() => {
  signIn('operator');
  server.close();
});

function Wizard() {
  return <DeployWizardPage packageId={useParams().packageId ?? ''} />;
}

async function openWizard(packageId: string) {
  const { user } = renderWithApp(<Wizard />, { route: `/catalog/${packageId}/deploy`, path: '/catalog/:packageId/deploy' });
  await screen.findByRole('textbox', { name: /Name of deployment/ }, { timeout: 5000 });
  return user;
}

describe('Deploy package wizard for a viewer', { timeout: 20_000 }, () => {
  it('says up front that only operators can create, keeps the fields usable, and submits nothing', async () => {
    const user = await openWizard(TELEMETRY);
    // Until the platform says who is signed in, nothing is disabled; then the notice comes.
    const notice = (await screen.findByText('You can fill in the deployment, but not create it.')).closest('[role="status"]');
    expect(notice).toHaveTextContent(VIEWER_REASON);

    const name = screen.getByRole('textbox', { name: /Name of deployment/ });
    await user.type(name, 'viewer-try');
    expect(name).toHaveValue('viewer-try');

    const create = screen.getByRole('button', { name: 'Create deployment' });
    expect(create).toHaveAttribute('aria-disabled', 'true');
    expect(create).toHaveAccessibleDescription(`Create deployment is unavailable. ${VIEWER_REASON}`);
    await user.click(create);
    await user.type(name, '{Enter}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(host.platform().listDeployments().some((d) => d.name === 'viewer-try')).toBe(false);
  });
});
