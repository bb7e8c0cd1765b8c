// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { FormChoiceField } from './form-choice-field';


const SIZES = [
  { value: '32', label: '32 GiB' },
  { value: '64', label: '64 GiB' },
];

function VolumeForm({ onSave }: { onSave: (values: { capacity: string }) => void }) {
  const form = useForm<{ capacity: string }>({ defaultValues: { capacity: '' } });
  const save = form.handleSubmit((values) => {
    if (!values.capacity) form.setError('capacity', { message: 'Choose a capacity.' });
    else onSave(values);
  });
  return (
    <form onSubmit={save}>
      <FormChoiceField control={form.control} name="capacity" label="Capacity" required options={SIZES} />
      <button type="submit">Create</button>
    </form>
  );
}

describe('FormChoiceField', () => {
  it('shows the form field’s error at the group and carries the choice into the form', async () => {
    const saved: { capacity: string }[] = [];
    render(<VolumeForm onSave={(values) => saved.push(values)} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Create' }));
    const group = screen.getByRole('radiogroup', { name: 'Capacity' });
    expect(group).toHaveAttribute('aria-invalid', 'true');
    expect(group).toHaveAccessibleDescription('Choose a capacity.');

    await user.click(screen.getByRole('radio', { name: '64 GiB' }));
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(saved).toEqual([{ capacity: '64' }]);
  });
});
