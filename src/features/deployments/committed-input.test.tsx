// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CommittedInput } from './committed-input';


/** Stands in for the URL: the committed value lives outside the box. */
function Host({ onCommit }: { onCommit: (value: string) => void }) {
  const [value, setValue] = useState('nav');
  return (
    <>
      <CommittedInput
        aria-label="Search deployments"
        value={value}
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
  it('commits on Enter and on leaving the box', () => {
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
