// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useConfirmedRemoval, type RemoveMutation } from './use-confirmed-removal';

interface Disk {
  id: string;
}

function fakeMutation(outcome: 'removed' | 'refused', error?: unknown) {
  const mutation: RemoveMutation<Disk> & { ids: string[] } = {
    ids: [],
    mutate: (id, handlers) => {
      mutation.ids.push(id);
      if (outcome === 'removed') handlers.onSuccess({ id });
      else handlers.onError();
    },
    reset: vi.fn(),
    isPending: false,
    error,
  };
  return mutation;
}

const callbacks = () => ({ onClose: vi.fn(), onRemoved: vi.fn(), onRefused: vi.fn() });

describe('useConfirmedRemoval', () => {
  it('is closed and confirms nothing without a target', () => {
    const mutation = fakeMutation('removed');
    const { result } = renderHook(() => useConfirmedRemoval(mutation, { target: undefined, idOf: (d: Disk) => d.id, ...callbacks() }));
    expect(result.current.open).toBe(false);
    act(() => result.current.onConfirm());
    expect(mutation.ids).toEqual([]);
  });

  it('removes the target by its id, then closes and reports the removed resource', () => {
    const mutation = fakeMutation('removed');
    const on = callbacks();
    const { result } = renderHook(() => useConfirmedRemoval(mutation, { target: { id: 'disk-1' }, idOf: (d) => d.id, ...on }));
    expect(result.current.open).toBe(true);
    act(() => result.current.onConfirm());
    expect(mutation.ids).toEqual(['disk-1']);
    expect(mutation.reset).toHaveBeenCalledOnce();
    expect(on.onClose).toHaveBeenCalledOnce();
    expect(on.onRemoved).toHaveBeenCalledWith({ id: 'disk-1' });
    expect(on.onRefused).not.toHaveBeenCalled();
  });

  it('stays open on a refusal, says why, and lets the list refresh', () => {
    const mutation = fakeMutation('refused', { code: 'in-use', message: 'The volume is mounted by telemetry.' });
    const on = callbacks();
    const { result } = renderHook(() => useConfirmedRemoval(mutation, { target: { id: 'disk-1' }, idOf: (d) => d.id, ...on }));
    act(() => result.current.onConfirm());
    expect(on.onRefused).toHaveBeenCalledOnce();
    expect(on.onClose).not.toHaveBeenCalled();
    expect(result.current.error).toBe('The volume is mounted by telemetry.');
  });

  it('forgets the refusal when dismissed, and ignores an open request', () => {
    const mutation = fakeMutation('refused', new Error('refused'));
    const on = callbacks();
    const { result } = renderHook(() => useConfirmedRemoval(mutation, { target: { id: 'disk-1' }, idOf: (d) => d.id, ...on }));
    act(() => result.current.onOpenChange(true));
    expect(on.onClose).not.toHaveBeenCalled();
    act(() => result.current.onOpenChange(false));
    expect(mutation.reset).toHaveBeenCalledOnce();
    expect(on.onClose).toHaveBeenCalledOnce();
  });
});
