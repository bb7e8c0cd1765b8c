import { Suspense, useState } from 'react';
import { useKeepFocus } from '../../../components/action-button/use-keep-focus';
import { Button } from '../../../components/button/button';
import { onDemand } from '../../../components/on-demand/on-demand';
import type { InjectFaultMenuProps } from './inject-fault-menu';

// The menu (Radix DropdownMenu, with its popper) is fetched after the page paints. Until it is here the button
// stands alone: pressing it asks for the menu to open as soon as it arrives, and the focus stays on the button.
const Menu = onDemand(() => import('./inject-fault-menu').then((m) => m.InjectFaultMenu));

type InjectFaultProps = Omit<InjectFaultMenuProps, 'defaultOpen' | 'triggerRef'>;

/** The `Inject fault` button and menu of one executable. */
export function InjectFault(props: InjectFaultProps) {
  const [wanted, setWanted] = useState(false);
  const keepFocus = useKeepFocus<HTMLButtonElement>();
  const waiting = (
    <Button ref={keepFocus} size="sm" variant="secondary" aria-haspopup="menu" busy={wanted} onClick={() => setWanted(true)}>
      Inject fault
    </Button>
  );
  return (
    <Suspense fallback={waiting}>
      <Menu.Component {...props} defaultOpen={wanted} triggerRef={keepFocus} />
    </Suspense>
  );
}
