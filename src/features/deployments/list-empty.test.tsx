// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ListEmpty, type ListEmptyProps } from './list-empty';

afterEach(cleanup);

function renderEmpty(props: Partial<ListEmptyProps>) {
  const handlers = { onClearFilters: vi.fn(), onShowStopped: vi.fn() };
  render(
    <MemoryRouter>
      <ListEmpty filters={[]} showStopped={false} {...handlers} {...props} />
    </MemoryRouter>,
  );
  return handlers;
}

describe('ListEmpty', () => {
  it('with nothing deployed, points to the Catalog and to the hidden stopped deployments', async () => {
    const { onShowStopped } = renderEmpty({});
    expect(screen.getByText('No deployments running')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Catalog' })).toHaveAttribute('href', '/catalog');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show stopped deployments' }));
    expect(onShowStopped).toHaveBeenCalled();
  });

  it('with stopped ones shown too, says there are no deployments yet', () => {
    renderEmpty({ showStopped: true });
    expect(screen.getByText('No deployments yet')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('when filters leave nothing, names them and offers to clear them', async () => {
    const { onClearFilters } = renderEmpty({
      filters: [
        { key: 'status', text: 'status Error' },
        { key: 'label', text: 'label env=prod' },
      ],
    });
    expect(screen.getByText('No deployments match')).toBeInTheDocument();
    expect(screen.getByText(/Nothing matches status Error, label env=prod\. Clear these filters to see more\./)).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onClearFilters).toHaveBeenCalled();
  });
});
