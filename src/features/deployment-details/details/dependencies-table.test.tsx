// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../../../tests/render';
import { deployment } from '../test-support/deployment-fixture';
import { DependenciesTable } from './dependencies-table';

const waitingOn = (phase: 'InProgress' | 'Succeeded') =>
  deployment({
    phase,
    dependencies: {
      deployments: [{ name: 'nav-amr-02', guid: 'dep-nav02', phase: 'Succeeded', status: 'Unknown', error_codes: [] }],
      networks: [],
      disks: [],
    },
  });

describe('DependenciesTable', () => {
  it('says a deployment In progress is held until every dependency reads Running', async () => {
    renderWithApp(<DependenciesTable deployment={waitingOn('InProgress')} />);
    expect(await screen.findByText(/1 dependency is not Running; this deployment stays In progress until every dependency reads Running\./)).toBeInTheDocument();
  });

  it('says a started deployment needs them Running to work', async () => {
    renderWithApp(<DependenciesTable deployment={waitingOn('Succeeded')} />);
    expect(await screen.findByText(/this deployment needs every dependency Running to work\./)).toBeInTheDocument();
  });
});
