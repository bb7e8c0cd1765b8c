// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../../tests/render';
import { ClockControl } from './clock-control';


const now = '2025-11-26T09:00:00.000Z';

describe('ClockControl', () => {
  it('toggles the simulation with a pressed button and links the time to the Simulator', async () => {
    const onRunningChange = vi.fn();
    const { user } = renderWithApp(<ClockControl now={now} paused={false} speed={60} onRunningChange={onRunningChange} />);
    const toggle = screen.getByRole('button', { name: 'Run simulation' });
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await user.click(toggle);
    expect(onRunningChange).toHaveBeenCalledWith(false);
    expect(screen.getByRole('link', { name: /Simulated time/ })).toHaveAttribute('href', '/simulator');
    expect(screen.getByText('60×')).toBeInTheDocument();
  });

  it('never reuses the Simulator page’s control names', () => {
    renderWithApp(<ClockControl now={now} paused speed={1} onRunningChange={() => {}} />);
    for (const name of [/pause/i, /resume/i, /speed/i, /clock/i, /advance/i]) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
      expect(screen.queryByRole('link', { name })).not.toBeInTheDocument();
    }
  });
});
