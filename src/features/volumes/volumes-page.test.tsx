// @vitest-environment jsdom
import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../../mocks/node';
import { renderWithApp } from '../../../tests/render';
import { VolumesPage } from './volumes-page';

const { server } = createMockServer({ scenario: 'default', seed: 1 });
// The create form's code loads on the first opening: give it time on a busy machine.
configure({ asyncUtilTimeout: 5000 });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const renderPage = () => renderWithApp(<VolumesPage />).user;

describe('VolumesPage', { timeout: 20_000 }, () => {
  it('opens Create volume once its form has loaded, and gives the focus back to the button on Cancel', async () => {
    const user = renderPage();
    const create = screen.getByRole('button', { name: 'Create volume' });
    await user.click(create);
    const dialog = await screen.findByRole('dialog', { name: 'Create volume' });
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(create).toHaveFocus());
  });

  it('creates a volume from the loaded form and says so', async () => {
    const user = renderPage();
    await user.click(screen.getByRole('button', { name: 'Create volume' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create volume' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'map-cache');
    await user.click(within(dialog).getByRole('radio', { name: '16 GiB' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('Volume map-cache created')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByRole('rowheader', { name: 'map-cache' })).toBeInTheDocument();
  });
});
