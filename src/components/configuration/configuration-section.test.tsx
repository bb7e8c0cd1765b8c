// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { configurationEntries } from './configuration-entries';
import { ConfigurationSection } from './configuration-section';


describe('the Configuration section', () => {
  it('lists each kept field by its path, values written out, and names the component when there are several', async () => {
    const entries = configurationEntries([
      { owner: 'nav', configuration: { 'spec.envArgs': [{ name: 'SPEED', value: 'slow' }], 'spec.serviceAccount': 'reader' } },
      { owner: 'ui' },
    ]);
    expect(entries).toEqual([
      { label: 'nav: spec.envArgs', value: [{ name: 'SPEED', value: 'slow' }] },
      { label: 'nav: spec.serviceAccount', value: 'reader' },
    ]);
    render(<ConfigurationSection entries={entries} />);
    const section = screen.getByRole('region', { name: 'Configuration' });
    expect(await within(section).findByText('nav: spec.serviceAccount')).toBeVisible();
    expect(within(section).getByText(/- name: SPEED/)).toBeVisible();
    expect(within(section).getByText('reader')).toBeVisible();
  });

  it('is absent when nothing is kept', () => {
    render(<ConfigurationSection entries={configurationEntries([{ configuration: {} }])} />);
    expect(screen.queryByRole('heading', { name: 'Configuration' })).toBeNull();
  });
});
