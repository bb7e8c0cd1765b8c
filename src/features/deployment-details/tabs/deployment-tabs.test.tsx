// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DeploymentResource } from '../../../api';
import { renderWithApp } from '../../../../tests/render';
import { panels } from '../test-support/details-routes';
import { deployment } from '../test-support/deployment-fixture';
import { DeploymentTabs } from './deployment-tabs';


const renderTabs = (d: DeploymentResource, search = '') =>
  renderWithApp(<DeploymentTabs deployment={d} panels={panels} details={<p>Details of {d.metadata.name}</p>} />, {
    route: `/deployments/${d.metadata.guid}${search}`,
    path: '/deployments/:id',
  });

describe('DeploymentTabs', () => {
  it('selects a tab through the URL and keeps the log filters', async () => {
    const { router, user } = renderTabs(deployment(), '?component=navigation');
    expect(screen.getByText('Details of nav-amr-01')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Live Logs' }));
    expect(screen.getByText('Live logs of nav-amr-01')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?component=navigation&tab=live-logs');
  });

  it('closes Live Logs and Shell Access while Failed To Update, and says why', () => {
    renderTabs(deployment({ phase: 'FailedToUpdate' }), '?tab=live-logs');
    expect(screen.getByRole('tab', { name: 'Live Logs' })).toBeDisabled();
    expect(screen.getByRole('tab', { name: 'Shell Access' })).toBeDisabled();
    expect(screen.getByRole('tab', { name: 'Historical Logs' })).toBeEnabled();
    expect(screen.getByText(/Live Logs and Shell Access are unavailable while the deployment is Failed To Update/)).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Details' })).toHaveAttribute('aria-selected', 'true');
  });
});
