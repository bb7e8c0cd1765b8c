// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useUrlDraft } from './use-url-draft';


function setup(initial: string) {
  const onChange = vi.fn();
  const hook = renderHook(({ value }) => useUrlDraft(value, onChange), { initialProps: { value: initial } });
  const text = () => hook.result.current[0];
  const type = (value: string) => act(() => hook.result.current[1](value));
  const urlBecomes = (value: string) => hook.rerender({ value });
  return { onChange, text, type, urlBecomes };
}

describe('useUrlDraft', () => {
  it('keeps every letter while the URL lags behind, and sends each change', () => {
    const { onChange, text, type, urlBecomes } = setup('');
    type('n');
    type('na');
    urlBecomes('n');
    expect(text()).toBe('na');
    type('nav');
    urlBecomes('na');
    urlBecomes('nav');
    expect(text()).toBe('nav');
    expect(onChange.mock.calls.map(([value]) => value)).toEqual(['n', 'na', 'nav']);
  });

  it('skips values of navigations that were interrupted', () => {
    const { text, type, urlBecomes } = setup('');
    type('a');
    type('ab');
    type('abc');
    urlBecomes('abc');
    expect(text()).toBe('abc');
  });

  it('follows the URL when it changes for another reason', () => {
    const { text, type, urlBecomes } = setup('nav');
    expect(text()).toBe('nav');
    type('nav-');
    urlBecomes('nav-');
    urlBecomes('');
    expect(text()).toBe('');
    urlBecomes('telemetry');
    expect(text()).toBe('telemetry');
  });
});
