// @vitest-environment jsdom
import { act, configure, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../../mocks/node';
import { renderWithApp } from '../../../tests/render';
import { NetworksPage } from './networks-page';

const { server } = createMockServer({ scenario: 'default', seed: 1 });
// The create form's code loads on the first opening: give it time on a busy machine.
configure({ asyncUtilTimeout: 5000 });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const renderPage = () => renderWithApp(<NetworksPage />).user;

describe('NetworksPage', { timeout: 20_000 }, () => {
  it('opens Create routed network from the keyboard once its form has loaded, and Escape gives the focus back', async () => {
    const user = renderPage();
    const create = screen.getByRole('button', { name: 'Create routed network' });
    act(() => create.focus());
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Create routed network' });
    expect(within(dialog).getByRole('radio', { name: 'Cloud' })).toBeChecked();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(create).toHaveFocus());
  });

  it('creates a cloud network from the loaded form and says so', async () => {
    const user = renderPage();
    await user.click(screen.getByRole('button', { name: 'Create routed network' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create routed network' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'lab-cloud-net');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'ROS distro' }), 'noetic');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('Routed network lab-cloud-net created')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByRole('rowheader', { name: 'lab-cloud-net' })).toBeInTheDocument();
  });
});
