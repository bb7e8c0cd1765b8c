// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dialog } from 'radix-ui';
import { useEffect, useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useReturnFocus } from './use-return-focus';


/** A dialog opened by a plain button, as the shared dialogs are; `Done` moves the focus on, like a results heading. */
function Opener() {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  const [generation, setGeneration] = useState(1);
  const results = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (done) results.current?.focus();
  }, [done]);
  const returnFocus = useReturnFocus();
  return (
    <>
      {/* A new element each generation, under the same id, as a control re-rendered while the dialog is open. */}
      <button key={generation} id="opener" data-generation={generation} onClick={() => setOpen(true)}>
        Deprovision Deployment
      </button>
      <h2 ref={results} tabIndex={-1}>
        Results
      </h2>
      <Dialog.Root open={open} onOpenChange={setOpen}>
        <Dialog.Portal>
          <Dialog.Content aria-describedby={undefined} {...returnFocus}>
            <Dialog.Title>Deprovision Deployment</Dialog.Title>
            <button
              onClick={() => {
                setOpen(false);
                setDone(true);
              }}
            >
              Done
            </button>
            <button onClick={() => setGeneration((g) => g + 1)}>Re-render the opener</button>
            <Dialog.Close>Cancel</Dialog.Close>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </>
  );
}

describe('useReturnFocus', () => {
  it('gives the focus back to the button that opened the dialog', async () => {
    const user = userEvent.setup();
    render(<Opener />);
    const opener = screen.getByRole('button', { name: 'Deprovision Deployment' });
    await user.click(opener);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();

    await user.click(opener);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(opener).toHaveFocus();
  });

  it('gives it to the element that replaced the opener under the same id', async () => {
    const user = userEvent.setup();
    render(<Opener />);
    await user.click(screen.getByRole('button', { name: 'Deprovision Deployment' }));
    await user.click(screen.getByRole('button', { name: 'Re-render the opener' }));
    await user.keyboard('{Escape}');
    const opener = screen.getByRole('button', { name: 'Deprovision Deployment' });
    expect(opener).toHaveAttribute('data-generation', '2');
    expect(opener).toHaveFocus();
  });

  it('leaves the focus where the page put it meanwhile', async () => {
    const user = userEvent.setup();
    render(<Opener />);
    await user.click(screen.getByRole('button', { name: 'Deprovision Deployment' }));
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.getByRole('heading', { name: 'Results' })).toHaveFocus();
  });
});
