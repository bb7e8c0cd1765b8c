// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useQuietFor } from './use-quiet-for';

afterEach(() => vi.useRealTimers());

describe('useQuietFor', () => {
  it('is quiet from the start, and again only once a change has rested for the time given', () => {
    vi.useFakeTimers();
    const { result, rerender } = renderHook(({ value }) => useQuietFor(value, 300), { initialProps: { value: 'a' } });
    expect(result.current).toBe(true);
    rerender({ value: 'ab' });
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(200));
    rerender({ value: 'abc' });
    act(() => vi.advanceTimersByTime(200));
    // 400 ms since the first change, 200 since the last one: still not quiet.
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(100));
    expect(result.current).toBe(true);
  });
});
