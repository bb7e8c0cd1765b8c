// @vitest-environment jsdom
import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderHookWithApp } from '../../../tests/render';
import { useRevealedRows } from './use-revealed-rows';

const rows = Array.from({ length: 5 }, (_, i) => i);

describe('useRevealedRows', () => {
  it('shows a short list at once', () => {
    const { result } = renderHookWithApp(() => useRevealedRows(rows, 10));
    expect(result.current).toEqual(rows);
  });

  it('shows a long list a step at a time until all of it is there', async () => {
    const { result } = renderHookWithApp(() => useRevealedRows(rows, 2));
    expect(result.current).toEqual([0, 1]);
    await waitFor(() => expect(result.current).toEqual(rows));
  });
});
