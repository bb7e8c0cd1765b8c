// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommittedInput } from './committed-input';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Stands in for the URL: the committed value lives outside the box. */
function Host({ onCommit, debounceMs }: { onCommit: (value: string) => void; debounceMs?: number }) {
  const [value, setValue] = useState('nav');
  return (
    <>
      <CommittedInput
        aria-label="Search deployments"
        value={value}
        debounceMs={debounceMs}
        onCommit={(next) => {
          onCommit(next);
          setValue(next);
        }}
      />
      <button type="button" onClick={() => setValue('')}>
        Clear filters
      </button>
    </>
  );
}

const box = () => screen.getByRole('textbox', { name: 'Search deployments' });

describe('CommittedInput', () => {
  it('commits once the typing pauses, and keeps keystrokes typed after the commit', () => {
    vi.useFakeTimers();
    const onCommit = vi.fn();
    render(<Host onCommit={onCommit} debounceMs={300} />);
    fireEvent.change(box(), { target: { value: 'nav-a' } });
    act(() => vi.advanceTimersByTime(299));
    expect(onCommit).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(onCommit).toHaveBeenLastCalledWith('nav-a');
    fireEvent.change(box(), { target: { value: 'nav-am' } });
    expect(box()).toHaveValue('nav-am');
  });

  it('commits at once on Enter and on leaving the box, without a debounce', () => {
    const onCommit = vi.fn();
    render(<Host onCommit={onCommit} />);
    fireEvent.change(box(), { target: { value: 'env=prod' } });
    fireEvent.keyDown(box(), { key: 'Enter' });
    expect(onCommit).toHaveBeenLastCalledWith('env=prod');
    fireEvent.change(box(), { target: { value: 'env=dev' } });
    fireEvent.blur(box());
    expect(onCommit).toHaveBeenLastCalledWith('env=dev');
    expect(onCommit).toHaveBeenCalledTimes(2);
  });

  it('follows the outside value when it changes for another reason', () => {
    render(<Host onCommit={vi.fn()} />);
    expect(box()).toHaveValue('nav');
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(box()).toHaveValue('');
  });
});
