// @vitest-environment jsdom
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../../../mocks/node';
import { renderWithApp } from '../../../../tests/render';
import { catalogRoutes } from '../test-routes';

// The first render loads the mock platform and the screen's modules: give it time on a busy machine.
configure({ asyncUtilTimeout: 5000 });
const { server } = createMockServer({ scenario: 'default', seed: 1 });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const fill = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });

// Forms re-render on every change; on a busy machine a whole journey needs more than the default 5 seconds.
const SLOW = { timeout: 20_000 };

const describedBy = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

describe('AddPackagePage: form', SLOW, () => {
  it('marks every field in error and links its message', async () => {
    const { user } = renderWithApp(catalogRoutes, { route: '/catalog/new' });
    await user.click(screen.getByRole('button', { name: 'Add package' }));
    const name = screen.getByRole('textbox', { name: 'Package name' });
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(describedBy(name)).toContain('Enter a name for the package.');
    const component = screen.getByRole('group', { name: 'Component 1' });
    expect(within(component).getByRole('textbox', { name: 'Component name' })).toHaveAttribute('aria-invalid', 'true');
    const executable = within(component).getByRole('group', { name: 'Executable 1' });
    expect(describedBy(within(executable).getByRole('textbox', { name: 'Docker image' }))).toContain('Enter the docker image');
    expect(name).toHaveFocus();
  });

  it('adds and removes components and executables, keeping at least one of each', async () => {
    const { user } = renderWithApp(catalogRoutes, { route: '/catalog/new' });
    expect(screen.queryByRole('button', { name: 'Remove component' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add component' }));
    const second = screen.getByRole('group', { name: 'Component 2' });
    await user.selectOptions(within(second).getByRole('combobox', { name: 'Runtime' }), 'device');
    expect(within(second).getByRole('combobox', { name: 'Architecture' })).toBeInTheDocument();
    await user.click(within(second).getByRole('button', { name: 'Add executable' }));
    expect(within(second).getByRole('group', { name: 'Executable 2' })).toBeInTheDocument();
    await user.click(within(within(second).getByRole('group', { name: 'Executable 2' })).getByRole('button', { name: 'Remove executable' }));
    expect(within(second).queryByRole('group', { name: 'Executable 2' })).not.toBeInTheDocument();
    await user.click(within(second).getByRole('button', { name: 'Remove component' }));
    expect(screen.queryByRole('group', { name: 'Component 2' })).not.toBeInTheDocument();
  });

  it('creates the package and opens its page', async () => {
    const { router, user } = renderWithApp(catalogRoutes, { route: '/catalog/new' });
    fill(screen.getByRole('textbox', { name: 'Package name' }), 'form-made');
    const component = screen.getByRole('group', { name: 'Component 1' });
    fill(within(component).getByRole('textbox', { name: 'Component name' }), 'web');
    fill(within(component).getByRole('textbox', { name: 'Executable name' }), 'server');
    fill(within(component).getByRole('textbox', { name: 'Docker image' }), 'registry.example.com/web');
    fill(within(component).getByRole('textbox', { name: 'Tag' }), '1.0.0');
    await user.click(screen.getByRole('button', { name: 'Add package' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'form-made' })).toBeInTheDocument();
    expect(router.state.location.pathname).toMatch(/^\/catalog\/pkg-/);
  });
});

describe('AddPackagePage: manifest', SLOW, () => {
  it('shows each problem at its line, re-checks as the text changes, and creates the package once it passes', async () => {
    const { user } = renderWithApp(catalogRoutes, { route: '/catalog/new?from=manifest' });
    const manifest = screen.getByRole('textbox', { name: 'Manifest' });
    fill(manifest, 'metadata:\n  name: pasted\n  version: 1.0\nspec:\n  components: []\n');
    await user.click(screen.getByRole('button', { name: 'Add package' }));

    const problems = screen.getByRole('list', { name: 'Problems in the manifest' });
    expect(within(problems).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Line 3metadata\.version Expected text but found a number/),
      expect.stringMatching(/^Line 5spec\.components /),
    ]);
    expect(manifest).toHaveAttribute('aria-invalid', 'true');
    expect(describedBy(manifest)).toContain('Line 3');

    await user.click(within(problems).getByRole('button', { name: 'Line 3' }));
    expect(manifest).toHaveFocus();
    expect((manifest as HTMLTextAreaElement).selectionStart).toBe('metadata:\n  name: pasted\n'.length);

    await user.click(screen.getByRole('button', { name: 'Insert example' }));
    expect(screen.queryByRole('list', { name: 'Problems in the manifest' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add package' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'talker-listener' })).toBeInTheDocument();
  });

  it('places the platform’s refusal at the line of the field it names', async () => {
    const { user } = renderWithApp(catalogRoutes, { route: '/catalog/new?from=manifest' });
    await user.click(screen.getByRole('button', { name: 'Insert example' }));
    const manifest = screen.getByRole('textbox', { name: 'Manifest' });
    const example = (manifest as HTMLTextAreaElement).value;
    fill(manifest, example.replace('name: talker-listener', 'name: map-server').replace('version: v1.0.0', 'version: v1.4.0'));
    await user.click(screen.getByRole('button', { name: 'Add package' }));
    const problems = await screen.findByRole('list', { name: 'Problems in the manifest' });
    expect(within(problems).getByRole('listitem')).toHaveTextContent(/Line 5metadata\.version map-server v1\.4\.0 already exists/);
  });
});
