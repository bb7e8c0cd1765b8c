// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, type ComponentType } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Button } from '../button/button';
import { ConfirmDialog } from '../confirm-dialog/confirm-dialog';
import { lazyDialog, onDemand, useLazyDialog, type LazyDialog, type LazyDialogProps } from './on-demand';


function RenameDialog({ open, onOpenChange }: LazyDialogProps) {
  return <ConfirmDialog open={open} onOpenChange={onOpenChange} title="Rename map" description="Give the map a new name." onConfirm={() => onOpenChange(false)} />;
}

/** A download the test lets arrive when it chooses. */
function deferred<P extends object>(component: ComponentType<P>) {
  let arrive = () => {};
  const load = vi.fn(() => new Promise<ComponentType<P>>((resolve) => (arrive = () => resolve(component))));
  return { load, arrive: () => act(async () => arrive()) };
}

function Screen({ dialog }: { dialog: LazyDialog<LazyDialogProps> }) {
  const rename = useLazyDialog(dialog);
  return (
    <>
      <Button {...rename.opener}>Rename map</Button>
      <dialog.Dialog open={rename.open} onOpenChange={rename.setOpen} />
    </>
  );
}

describe('lazyDialog', () => {
  it('downloads nothing with the screen, and starts when the opener is hovered or focused', async () => {
    const user = userEvent.setup();
    const { load } = deferred(RenameDialog);
    render(<Screen dialog={lazyDialog(load)} />);
    expect(load).not.toHaveBeenCalled();
    await user.hover(screen.getByRole('button', { name: 'Rename map' }));
    await user.tab();
    expect(load).toHaveBeenCalledOnce();
  });

  it('keeps the opener busy until the code arrives, then opens, and gives the focus back on close', async () => {
    const user = userEvent.setup();
    const { load, arrive } = deferred(RenameDialog);
    render(<Screen dialog={lazyDialog(load)} />);
    const opener = screen.getByRole('button', { name: 'Rename map' });
    await user.click(opener);
    expect(opener).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await arrive();
    expect(await screen.findByRole('dialog', { name: 'Rename map' })).toBeInTheDocument();
    expect(opener).not.toHaveAttribute('aria-busy');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(opener).toHaveFocus());

    // The code is here now: the next opening is immediate, and the busy state never shows.
    await user.click(opener);
    expect(screen.getByRole('dialog', { name: 'Rename map' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledOnce();
  });
});

describe('onDemand', () => {
  it('suspends on the first render only: once the code is here it renders at once', async () => {
    const { load, arrive } = deferred(({ text }: { text: string }) => <p>{text}</p>);
    const Shown = onDemand(load);
    const view = (text: string) => (
      <Suspense fallback={<p role="status">Loading</p>}>
        <Shown.Component text={text} />
      </Suspense>
    );
    const { rerender, unmount } = render(view('first'));
    expect(screen.getByRole('status')).toHaveTextContent('Loading');
    expect(Shown.loaded()).toBe(false);
    await arrive();
    expect(await screen.findByText('first')).toBeInTheDocument();
    rerender(view('second'));
    expect(screen.getByText('second')).toBeInTheDocument();
    unmount();

    render(view('again'));
    expect(screen.getByText('again')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
