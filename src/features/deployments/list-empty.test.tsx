// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../../tests/render';
import { ListEmpty, type ListEmptyProps } from './list-empty';


function renderEmpty(props: Partial<ListEmptyProps>) {
  const handlers = { onClearFilters: vi.fn(), onShowStopped: vi.fn() };
  const { user } = renderWithApp(<ListEmpty filters={[]} showStopped={false} {...handlers} {...props} />);
  return { ...handlers, user };
}

describe('ListEmpty', () => {
  it('with nothing deployed, points to the Catalog and to the hidden stopped deployments', async () => {
    const { onShowStopped, user } = renderEmpty({});
    expect(screen.getByText('No deployments running')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Catalog' })).toHaveAttribute('href', '/catalog');
    await user.click(screen.getByRole('button', { name: 'Show stopped deployments' }));
    expect(onShowStopped).toHaveBeenCalled();
  });

  it('with stopped ones shown too, says there are no deployments yet', () => {
    renderEmpty({ showStopped: true });
    expect(screen.getByText('No deployments yet')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('when filters leave nothing, names them and offers to clear them', async () => {
    const { onClearFilters, user } = renderEmpty({
      filters: [
        { key: 'status', text: 'status Error' },
        { key: 'label', text: 'label env=prod' },
      ],
    });
    expect(screen.getByText('No deployments match')).toBeInTheDocument();
    expect(screen.getByText(/Nothing matches status Error, label env=prod\. Clear these filters to see more\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onClearFilters).toHaveBeenCalled();
  });
});
