// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ChoiceField } from './choice-field';


const options = [
  { value: 'cloud', label: 'Cloud', detail: 'Runs in the cloud.' },
  { value: 'device', label: 'Device', detail: 'Runs on a device.' },
];

describe('ChoiceField', () => {
  it('names the group and each radio by its label alone, describing the radio by its detail', () => {
    render(<ChoiceField label="Runtime" options={options} value="cloud" onValueChange={() => {}} />);
    expect(screen.getByRole('radiogroup', { name: 'Runtime' })).not.toHaveAttribute('aria-invalid');
    const cloud = screen.getByRole('radio', { name: 'Cloud' });
    expect(cloud).toBeChecked();
    expect(cloud).toHaveAccessibleDescription('Runs in the cloud.');
  });

  it('marks the group invalid and links the error before the hint', () => {
    render(<ChoiceField label="Capacity" options={options} value="" onValueChange={() => {}} error="Choose a capacity." hint="GiB" />);
    const group = screen.getByRole('radiogroup', { name: 'Capacity' });
    expect(group).toHaveAttribute('aria-invalid', 'true');
    expect(group).toHaveAccessibleDescription('Choose a capacity. GiB');
  });

  it('reports the chosen value', async () => {
    const onValueChange = vi.fn();
    render(<ChoiceField label="Runtime" options={options} value="cloud" onValueChange={onValueChange} />);
    await userEvent.setup().click(screen.getByRole('radio', { name: 'Device' }));
    expect(onValueChange).toHaveBeenCalledWith('device');
  });
});
