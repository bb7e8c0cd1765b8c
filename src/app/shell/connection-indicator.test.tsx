// @vitest-environment jsdom
// The header's indicator over the page's connection, fed here by hand as the client would.
import { useQuery } from '@tanstack/react-query';
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connection } from '../../api/connection';
import { renderWithApp } from '../../../tests/render';
import { ConnectionIndicator } from './connection-indicator';

// Only the date is faked: how long the platform was away decides whether its return is announced.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.parse('2026-11-26T14:02:31Z'));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** A screen whose read failed while the platform was away, and succeeds once it is back. */
function Screen({ answers }: { answers: string[] }) {
  const read = useQuery({ queryKey: ['screen'], queryFn: () => answers.shift() ?? Promise.reject(new Error('down')), retry: false });
  return <p>{read.data ?? (read.isError ? 'Could not load' : 'Loading')}</p>;
}

const record = (outcome: { ok: true; ms: number } | { ok: false }, times = 1) =>
  act(() => {
    for (let i = 0; i < times; i++) connection.record(outcome);
  });

describe('Connection indicator', () => {
  it('says Connected, then unreachable, and on the first answer brings failed screens back and says so', async () => {
    const answers: string[] = [];
    renderWithApp(
      <>
        <ConnectionIndicator />
        <Screen answers={answers} />
      </>,
    );
    const indicator = screen.getByRole('status', { name: 'Connection' });
    expect(indicator).toHaveTextContent('Connected');
    expect(await screen.findByText('Could not load')).toBeInTheDocument();

    record({ ok: false });
    expect(indicator).toHaveTextContent('Connection problems — retrying');
    record({ ok: false }, 2);
    expect(indicator).toHaveTextContent(/^Platform unreachable since \d\d:\d\d:\d\d — retrying every 5 s; your changes are kept$/);

    answers.push('Fleet overview');
    vi.setSystemTime(Date.parse('2026-11-26T14:02:41Z'));
    record({ ok: true, ms: 30 });
    expect(indicator).toHaveTextContent('Connected');
    expect(await screen.findByText('Connection restored')).toBeInTheDocument();
    expect(await screen.findByText('Fleet overview')).toBeInTheDocument();
  });

  it('does not announce the end of a short run of failures', async () => {
    renderWithApp(<ConnectionIndicator />);
    const indicator = screen.getByRole('status', { name: 'Connection' });
    record({ ok: false }, 3);
    expect(indicator).toHaveTextContent(/^Platform unreachable/);
    record({ ok: true, ms: 30 });
    expect(indicator).toHaveTextContent('Connected');
    expect(screen.queryByText('Connection restored')).not.toBeInTheDocument();
  });
});
