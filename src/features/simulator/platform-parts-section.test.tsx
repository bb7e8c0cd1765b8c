// @vitest-environment jsdom
// `Platform parts` over the real mock platform: the control plane taken down and restored, a stopped part listed
// with its restart.
import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMockServer } from '../../mocks/node';
import { renderWithApp } from '../../../tests/render';
import { PlatformPartsSection } from './platform-parts-section';

configure({ asyncUtilTimeout: 5000 });

const { server, host } = createMockServer({ scenario: 'default', seed: 1 });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  host.reset({ scenario: 'default', seed: 1 });
  host.setClock({ paused: true, speed: 1 });
});
afterAll(() => server.close());

describe('Platform parts', { timeout: 20_000 }, () => {
  it('takes the control plane down and restores it', async () => {
    const { user } = renderWithApp(<PlatformPartsSection />);
    const section = await screen.findByRole('region', { name: 'Platform parts' });
    await within(section).findByText('Every platform part is running.');
    await user.click(within(section).getByRole('button', { name: 'Take the control plane down' }));
    const list = await within(section).findByRole('list', { name: 'Parts that are not running' });
    expect(list).toHaveTextContent('DEP_E401 the control plane is not running');
    await user.click(within(list).getByRole('button', { name: 'Restore the control plane' }));
    await within(section).findByText('Every platform part is running.');
    expect(host.platform().downParts()).toEqual([]);
  });

  it('lists a part stopped elsewhere with the time it comes back by itself', async () => {
    const nav = host.platform().listDeployments().find((d) => d.name === 'nav-amr-01');
    const stopped = host.platform().injectFault({ kind: 'part-failure', part: 'cloud-bridge', deploymentId: nav?.id ?? '', component: 'navigation', recoverAfterSeconds: 60 });
    expect(stopped.ok).toBe(true);
    renderWithApp(<PlatformPartsSection />);
    const list = await screen.findByRole('list', { name: 'Parts that are not running' });
    await waitFor(() => expect(list).toHaveTextContent(/DEP_E303 the cloud bridge executable of nav-amr-01\/navigation is not running; it comes back by itself at \d\d:\d\d:\d\d/));
    expect(within(list).getByRole('button', { name: 'Restart the cloud bridge executable of nav-amr-01/navigation' })).toBeEnabled();
  });
});
