// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Tooltip } from 'radix-ui';
import { describe, expect, it, vi } from 'vitest';
import { ActionButton, type Availability } from './action-button';


const REASON = 'You are signed in as a viewer: only operators can make changes.';

function renderInForm(availability: Availability) {
  const onClick = vi.fn();
  const onSubmit = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
  render(
    <Tooltip.Provider delayDuration={0}>
      <form onSubmit={onSubmit}>
        <input aria-label="Name" />
        <ActionButton type="submit" availability={availability} onClick={onClick}>
          Create
        </ActionButton>
      </form>
    </Tooltip.Provider>,
  );
  return { onClick, onSubmit };
}

describe('ActionButton', () => {
  it('acts when available', async () => {
    const user = userEvent.setup();
    const { onClick, onSubmit } = renderInForm({ enabled: true });
    const button = screen.getByRole('button', { name: 'Create' });
    expect(button).not.toHaveAttribute('aria-disabled');
    await user.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('stays focusable when unavailable, says why, and neither acts nor submits (Enter in a field included)', async () => {
    const user = userEvent.setup();
    const { onClick, onSubmit } = renderInForm({ enabled: false, reason: REASON });
    const button = screen.getByRole('button', { name: 'Create' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).not.toBeDisabled();
    expect(button).toHaveAccessibleDescription(REASON);
    await user.click(button);
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'x{Enter}');
    expect(onClick).not.toHaveBeenCalled();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows the reason as a tooltip when focused', async () => {
    const user = userEvent.setup();
    renderInForm({ enabled: false, reason: REASON });
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Create' })).toHaveFocus();
    expect(await screen.findByRole('tooltip')).toHaveTextContent(REASON);
    expect(screen.getByRole('button', { name: 'Create' })).toHaveAccessibleDescription(REASON);
  });

  it('shows the reason on hover, not on a press, and keeps the same button element throughout', async () => {
    const user = userEvent.setup();
    renderInForm({ enabled: false, reason: REASON });
    const button = screen.getByRole('button', { name: 'Create' });
    await user.pointer({ keys: '[MouseLeft]', target: button });
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await user.unhover(button);
    await user.hover(button);
    expect(await screen.findByRole('tooltip', {}, { timeout: 2000 })).toHaveTextContent(REASON);
    expect(screen.getByRole('button', { name: 'Create' })).toBe(button);
    await user.unhover(button);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });
});
