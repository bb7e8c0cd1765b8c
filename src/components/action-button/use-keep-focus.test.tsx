// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Tooltip } from 'radix-ui';
import { describe, expect, it } from 'vitest';
import { ActionButton, type Availability } from './action-button';


const UNAVAILABLE: Availability = { enabled: false, reason: 'Update is possible when the phase is Succeeded.' };

function Page({ availability }: { availability: Availability }) {
  return (
    <Tooltip.Provider>
      <button>Before</button>
      <ActionButton availability={availability}>Update Deployment</ActionButton>
    </Tooltip.Provider>
  );
}

describe('ActionButton keeps the focus', () => {
  it('when the action becomes unavailable and available again while its button has the focus', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Page availability={{ enabled: true }} />);
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Update Deployment' })).toHaveFocus();

    rerender(<Page availability={UNAVAILABLE} />);
    expect(screen.getByRole('button', { name: 'Update Deployment' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Update Deployment' })).toHaveFocus();

    rerender(<Page availability={{ enabled: true }} />);
    expect(screen.getByRole('button', { name: 'Update Deployment' })).not.toHaveAttribute('aria-disabled');
    expect(screen.getByRole('button', { name: 'Update Deployment' })).toHaveFocus();
  });

  it('but does not take it when its button did not have it', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Page availability={{ enabled: true }} />);
    await user.tab();
    rerender(<Page availability={UNAVAILABLE} />);
    expect(screen.getByRole('button', { name: 'Before' })).toHaveFocus();
  });
});
