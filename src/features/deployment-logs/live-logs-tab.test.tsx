// @vitest-environment jsdom
// Live Logs over the mock platform: the tail grows as the simulated clock moves, pausing freezes it, search marks.
import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../../mocks/node';
import { LiveLogsTab } from './live-logs-tab';
import { renderWithApp } from '../../../tests/render';
import { WAREHOUSE_HYBRID, advanceClock, giveElementsASize, loadDeployment } from './test-support';

const { server } = createMockServer({ seed: 1 });
beforeAll(() => {
  giveElementsASize();
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => server.close());

const held = () => Number(/([\d,]+) lines held/.exec(document.body.textContent ?? '')?.[1]?.replace(/,/g, '') ?? NaN);
const POLL = { timeout: 5000 };

// Real polling intervals and typing run here; a busy machine needs more than the default five seconds.
describe('Live Logs tab', { timeout: 20_000 }, () => {
  it('appends new lines as the clock moves; pausing holds the view, resuming follows again', async () => {
    const deployment = await loadDeployment(WAREHOUSE_HYBRID);
    const { user } = renderWithApp(<LiveLogsTab deployment={deployment} />, { route: `/deployments/${WAREHOUSE_HYBRID}?tab=live-logs` });
    await screen.findByText('Following new lines', undefined, POLL);
    const before = held();
    expect(before).toBeGreaterThan(0);

    await advanceClock(120_000);
    await waitFor(() => expect(held()).toBeGreaterThan(before), POLL);

    await user.click(screen.getByRole('button', { name: 'Pause live logs' }));
    const paused = held();
    await advanceClock(120_000);
    await screen.findByText(/^Paused · [1-9]\d* new lines? waiting$/, undefined, POLL);
    expect(held()).toBe(paused);

    await user.click(screen.getByRole('button', { name: 'Resume live logs' }));
    expect(screen.getByText('Following new lines')).toBeInTheDocument();
    expect(held()).toBeGreaterThan(paused);
  });

  it('marks the search text and counts the matches', async () => {
    const deployment = await loadDeployment(WAREHOUSE_HYBRID);
    renderWithApp(<LiveLogsTab deployment={deployment} />, { route: `/deployments/${WAREHOUSE_HYBRID}?tab=live-logs&q=heartbeat` });
    const count = await screen.findByText(/[1-9]\d* match(es)? for “heartbeat”/, undefined, POLL);
    expect(count).toBeInTheDocument();
    const log = screen.getByRole('log', { name: 'Live logs' });
    expect(within(log).getAllByText(/heartbeat/i, { selector: 'mark' }).length).toBeGreaterThan(0);
  });

  it('follows only the chosen source', async () => {
    const deployment = await loadDeployment(WAREHOUSE_HYBRID);
    renderWithApp(<LiveLogsTab deployment={deployment} />, { route: `/deployments/${WAREHOUSE_HYBRID}?tab=live-logs&source=warehouse-hybrid-a-robot-agent-cb` });
    await screen.findByText('Following new lines', undefined, POLL);
    const rows = within(screen.getByRole('log', { name: 'Live logs' })).getAllByRole('listitem');
    for (const row of rows) expect(row).toHaveTextContent('warehouse-hybrid-a-robot-agent-cb');
  });

  it('explains itself instead of tailing when the deployment is Failed To Update', async () => {
    const deployment = await loadDeployment(WAREHOUSE_HYBRID);
    const failed = { ...deployment, status: { ...deployment.status, phase: 'FailedToUpdate' as const } };
    renderWithApp(<LiveLogsTab deployment={failed} />, { route: `/deployments/${WAREHOUSE_HYBRID}?tab=live-logs` });
    expect(screen.getByText('Live Logs are disabled while the deployment is Failed To Update')).toBeInTheDocument();
    expect(screen.queryByRole('log')).not.toBeInTheDocument();
  });
});
