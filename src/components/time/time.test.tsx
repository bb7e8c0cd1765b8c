// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Duration } from './duration';
import { NowContext } from './now-context';
import { RelativeTime } from './relative-time';


const at = '2025-11-26T12:47:03.000Z';

describe('RelativeTime', () => {
  it('measures against the simulated now and keeps the exact instant for machines', () => {
    render(
      <NowContext value={Date.parse(at) + 3 * 60_000}>
        <RelativeTime value={at} />
      </NowContext>,
    );
    const time = screen.getByText('3 minutes ago');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('datetime', at);
    expect(time.getAttribute('title')).toMatch(/2025/);
  });

  it('shows the absolute time when no clock is known', () => {
    const { container } = render(<RelativeTime value={at} />);
    expect(container.querySelector('time')?.textContent).toBe(container.querySelector('time')?.getAttribute('title'));
  });
});

describe('Duration', () => {
  it('shows a compact duration with a spoken title and an ISO duration', () => {
    render(<Duration ms={(2 * 60 + 14) * 60_000} />);
    const time = screen.getByText('2h 14m');
    expect(time).toHaveAttribute('datetime', 'PT2H14M');
    expect(time).toHaveAttribute('title', '2 hours 14 minutes');
  });
});
