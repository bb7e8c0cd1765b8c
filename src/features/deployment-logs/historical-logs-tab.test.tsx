// @vitest-environment jsdom
// Historical Logs over the mock platform: filters from and into the URL, the page of lines, and the empty state.
import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../../mocks/node';
import { HistoricalLogsTab } from './historical-logs-tab';
import { renderWithApp } from '../../../tests/render';
import { WAREHOUSE_HYBRID, giveElementsASize, loadDeployment, searchOf } from './test-support';

const { server } = createMockServer({ seed: 1 });
beforeAll(() => {
  giveElementsASize();
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => server.close());

const rows = () => within(screen.getByRole('region', { name: 'Log lines' })).getAllByRole('listitem');

// Real polling intervals and typing run here; a busy machine needs more than the default five seconds.
describe('Historical Logs tab', { timeout: 20_000 }, () => {
  it('shows the lines of the component and text from the URL, highlighted, with the count', async () => {
    const deployment = await loadDeployment(WAREHOUSE_HYBRID);
    renderWithApp(<HistoricalLogsTab deployment={deployment} />, { route: `/deployments/${WAREHOUSE_HYBRID}?tab=historical-logs&component=planner&q=goal` });
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    expect(screen.getByRole('combobox', { name: 'Component' })).toHaveValue('planner');
    expect(screen.getByRole('searchbox', { name: 'Search logs' })).toHaveValue('goal');
    for (const row of rows()) {
      expect(row).toHaveTextContent(/goal/i);
      expect(within(row).getAllByText(/goal/i, { selector: 'mark' }).length).toBeGreaterThan(0);
    }
    expect(screen.getByText(/^Lines 1–\d+ of \d+$/)).toBeInTheDocument();
  });

  it('offers the cloud bridges beside the executables and writes the choice into the URL', async () => {
    const deployment = await loadDeployment(WAREHOUSE_HYBRID);
    const { router, user } = renderWithApp(<HistoricalLogsTab deployment={deployment} />, { route: `/deployments/${WAREHOUSE_HYBRID}?tab=historical-logs` });
    const source = screen.getByRole('combobox', { name: 'Source' });
    expect(within(source).getByRole('group', { name: 'Cloud bridges' })).toHaveTextContent('warehouse-hybrid-a-planner-cb');
    await user.selectOptions(source, 'warehouse-hybrid-a-planner-cb');
    expect(searchOf(router).get('source')).toBe('warehouse-hybrid-a-planner-cb');
    expect(searchOf(router).get('tab')).toBe('historical-logs');
    await waitFor(() => expect(rows()[0]).toHaveTextContent('[cloud_bridge]'));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Component' }), 'robot-agent');
    expect(searchOf(router).get('component')).toBe('robot-agent');
    expect(searchOf(router).get('source')).toBeNull();
  });

  it('pages from the newest lines to older ones', async () => {
    const deployment = await loadDeployment(WAREHOUSE_HYBRID);
    const { user } = renderWithApp(<HistoricalLogsTab deployment={deployment} />, { route: `/deployments/${WAREHOUSE_HYBRID}?tab=historical-logs` });
    const status = await screen.findByText(/^Lines \d+–\d+ of \d+/);
    const [, first, last, total] = /Lines ([\d,]+)–([\d,]+) of ([\d,]+)/.exec(status.textContent ?? '')!.map((s) => Number(s.replace(/,/g, '')));
    expect(last).toBe(total);
    expect(last! - first! + 1).toBe(200);
    expect(screen.getByRole('button', { name: 'Newer' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Older' }));
    await screen.findByText(new RegExp(`^Lines 1–${first! - 1} of`));
  });

  it('says what to widen when nothing matches, and clears the filters', async () => {
    const deployment = await loadDeployment(WAREHOUSE_HYBRID);
    const { router, user } = renderWithApp(<HistoricalLogsTab deployment={deployment} />, { route: `/deployments/${WAREHOUSE_HYBRID}?tab=historical-logs&q=no-such-text&component=planner` });
    await screen.findByText('No log lines match these filters');
    expect(screen.getByText('Try a shorter search than “no-such-text”, or clear it.')).toBeInTheDocument();
    expect(screen.getByText('Pick all components instead of planner.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(searchOf(router).toString()).toBe('tab=historical-logs');
    expect(screen.getByRole('searchbox', { name: 'Search logs' })).toHaveValue('');
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
  });

  it('pins a preset time range into the URL and shows it as chosen', async () => {
    const deployment = await loadDeployment(WAREHOUSE_HYBRID);
    const { router, user } = renderWithApp(<HistoricalLogsTab deployment={deployment} />, { route: `/deployments/${WAREHOUSE_HYBRID}?tab=historical-logs` });
    await user.click(screen.getByRole('button', { name: 'Last 1 h' }));
    const from = Date.parse(searchOf(router).get('from')!);
    const to = Date.parse(searchOf(router).get('to')!);
    expect(to - from).toBe(3_600_000);
    expect(screen.getByRole('button', { name: 'Last 1 h' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Custom' }));
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.000)?$/);
    await user.click(screen.getByRole('button', { name: 'Any time' }));
    expect(searchOf(router).get('from')).toBeNull();
  });
});
