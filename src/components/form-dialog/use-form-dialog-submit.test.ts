// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import type { BaseSyntheticEvent } from 'react';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { useFormDialogSubmit } from './use-form-dialog-submit';

interface VolumeValues {
  name: string;
  capacity: string;
}

const DEFAULTS: VolumeValues = { name: '', capacity: '32' };
const WIRE_FIELDS = { 'metadata.name': 'name', 'spec.capacity': 'capacity' } as const;

function setup(send: (values: VolumeValues) => Promise<{ id: string }>) {
  const on = { onOpenChange: vi.fn(), onCreated: vi.fn(), onRefused: vi.fn() };
  const hook = renderHook(() => {
    const form = useForm<VolumeValues>({ defaultValues: DEFAULTS });
    return { form, ...useFormDialogSubmit({ form, defaults: DEFAULTS, wireFields: WIRE_FIELDS, send, ...on }) };
  });
  const submit = () => act(() => hook.result.current.submit({ preventDefault() {}, persist() {} } as unknown as BaseSyntheticEvent as never));
  return { ...hook, on, submit };
}

describe('useFormDialogSubmit', () => {
  it('sends the values, closes with a clean form and reports what was created', async () => {
    const send = vi.fn(async () => ({ id: 'disk-1' }));
    const { result, on, submit } = setup(send);
    act(() => result.current.form.setValue('name', 'scratch'));
    await submit();
    expect(send).toHaveBeenCalledWith({ name: 'scratch', capacity: '32' });
    expect(on.onOpenChange).toHaveBeenCalledWith(false);
    expect(on.onCreated).toHaveBeenCalledWith({ id: 'disk-1' });
    expect(result.current.form.getValues()).toEqual(DEFAULTS);
  });

  it('puts a refusal at the field the API named and keeps the dialog and the input', async () => {
    const refusal = { code: 'invalid-name', message: 'A volume named scratch exists.', field: 'metadata.name' };
    const { result, on, submit } = setup(() => Promise.reject(refusal));
    act(() => result.current.form.setValue('name', 'scratch'));
    await submit();
    expect(result.current.form.getFieldState('name').error?.message).toBe('A volume named scratch exists.');
    expect(result.current.general).toBeUndefined();
    expect(on.onRefused).toHaveBeenCalledWith({ name: 'A volume named scratch exists.' });
    expect(on.onOpenChange).not.toHaveBeenCalled();
    expect(result.current.form.getValues('name')).toBe('scratch');
  });

  it('says above the buttons what no field can show, and forgets it when closed', async () => {
    const { result, on, submit } = setup(() => Promise.reject({ message: 'The platform is unreachable.' }));
    await submit();
    expect(result.current.general).toBe('The platform is unreachable.');
    act(() => result.current.close(false));
    expect(result.current.general).toBeUndefined();
    expect(on.onOpenChange).toHaveBeenCalledWith(false);
  });
});
