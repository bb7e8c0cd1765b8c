// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Field, TextField } from './field';
import { Select } from './input';


describe('Field', () => {
  it('names the control by its label and leaves a valid control unmarked', () => {
    render(<TextField label="Name of deployment" />);
    const input = screen.getByRole('textbox', { name: 'Name of deployment' });
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAttribute('aria-describedby');
  });

  it('marks a control in error and links its message and hint', () => {
    render(<TextField label="Name of deployment" error="Enter a name" hint="Letters, digits and dashes" />);
    const input = screen.getByRole('textbox', { name: 'Name of deployment' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Enter a name Letters, digits and dashes');
    const [errorId] = input.getAttribute('aria-describedby')!.split(' ');
    expect(document.getElementById(errorId!)).toHaveTextContent('Enter a name');
  });

  it('does not say a broken rule twice: a hint equal to the error is left out', () => {
    const rule = 'Letters, digits and dashes';
    render(<TextField label="Name of deployment" error={rule} hint={rule} />);
    expect(screen.getByRole('textbox', { name: 'Name of deployment' })).toHaveAccessibleDescription(rule);
    expect(screen.getAllByText(rule)).toHaveLength(1);
  });

  it('links only the hint when there is no error', () => {
    render(<TextField label="Mount path" hint="An absolute path, e.g. /data" />);
    expect(screen.getByRole('textbox', { name: 'Mount path' })).toHaveAccessibleDescription('An absolute path, e.g. /data');
  });

  it('wires any control through the render prop', () => {
    render(
      <Field label="Routed Network" error="Choose a network" required>
        {(control) => (
          <Select {...control}>
            <option value="">Choose…</option>
          </Select>
        )}
      </Field>,
    );
    const select = screen.getByRole('combobox', { name: 'Routed Network' });
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(select).toHaveAttribute('aria-required', 'true');
    expect(select).toHaveAccessibleDescription('Choose a network');
  });

  it('keeps a hidden label as the accessible name', () => {
    render(<TextField label="Label key" hideLabel />);
    expect(screen.getByRole('textbox', { name: 'Label key' })).toBeInTheDocument();
  });
});
