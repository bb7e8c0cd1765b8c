// @vitest-environment jsdom
import { configure, screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../../mocks/node';
import { renderWithApp } from '../../../tests/render';
import { ApplyManifestsPage } from './apply-manifests-page';
import { WORLD_MANIFEST } from './manifest-fixtures';

const { server } = createMockServer({ scenario: 'default', seed: 1 });
configure({ asyncUtilTimeout: 5000 });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('ApplyManifestsPage', { timeout: 20_000 }, () => {
  it('lists the problems of an uploaded file at their lines and sends nothing', async () => {
    const { user } = renderWithApp(<ApplyManifestsPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Apply manifests' })).toBeInTheDocument();
    const broken = `${WORLD_MANIFEST}---\napiVersion: apiextensions.rapyuta.io/v1\nkind: Disk\nmetadata:\n  name: maps\n`;
    // Who is signed in is read with the page; nothing of the file is looked up or sent.
    const requests: string[] = [];
    server.events.on('request:start', ({ request }) => requests.push(`${request.method} ${new URL(request.url).pathname}`));
    await user.upload(screen.getByLabelText('Upload manifest files'), new File([broken], 'broken.yaml', { type: 'application/yaml' }));
    expect(await screen.findByRole('list', { name: 'Manifest files' })).toHaveTextContent('broken.yaml');
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const problems = await screen.findByRole('list', { name: 'Problems in the manifests' });
    expect(within(problems).getByRole('listitem')).toHaveTextContent('broken.yaml line 84metadata.nameDisk "maps": Duplicate Disk "maps": already defined in broken.yaml at line 55.');
    expect(screen.queryByRole('table', { name: 'Apply plan' })).not.toBeInTheDocument();
    expect(requests.filter((r) => r !== 'GET /api/v2/me')).toEqual([]);
    server.events.removeAllListeners();
  });

  it('takes pasted text and says what it needs when there is none', async () => {
    const { user } = renderWithApp(<ApplyManifestsPage />);
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByRole('list', { name: 'Problems in the manifests' })).toHaveTextContent('Paste manifests or upload manifest files first.');
    await user.type(screen.getByRole('textbox', { name: 'Manifests' }), 'kind: [[');
    expect(screen.queryByRole('list', { name: 'Problems in the manifests' })).not.toBeInTheDocument();
  });
});
