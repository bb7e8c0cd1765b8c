// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PhaseBadge } from './phase-badge';
import { StatusBadge } from './status-badge';


describe('PhaseBadge', () => {
  it.each([
    ['InProgress', 'In progress'],
    ['Provisioning', 'Provisioning'],
    ['Succeeded', 'Succeeded'],
    ['FailedToStart', 'Failed to start'],
    ['PartiallyDeprovisioned', 'Partially deprovisioned'],
    ['Stopped', 'Deployment stopped'],
    ['FailedToUpdate', 'Failed To Update'],
  ] as const)('shows %s as “%s”', (phase, label) => {
    const { container } = render(<PhaseBadge phase={phase} />);
    expect(container).toHaveTextContent(label);
  });

  it('pairs the colour with an icon shape that is hidden from assistive technology', () => {
    const { container } = render(<PhaseBadge phase="FailedToStart" />);
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    expect(container.firstElementChild).toHaveAttribute('data-tone', 'danger');
  });
});

describe('StatusBadge', () => {
  it('shows deployment and executable statuses with the guide’s words', () => {
    render(
      <>
        <StatusBadge status="Running" />
        <StatusBadge status="error" />
      </>,
    );
    expect(screen.getByText('Running')).toBeInTheDocument();
    expect(screen.getByText('Error')).toBeInTheDocument();
  });
});
