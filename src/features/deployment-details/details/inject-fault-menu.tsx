import { DropdownMenu } from 'radix-ui';
import { useState, type Ref } from 'react';
import { useSimulatorControls, type ExecutableStatusEntry, type FaultBody } from '../../../api';
import { Button } from '../../../components/button/button';
import menu from '../../../components/menu/menu.module.css';
import { useToast } from '../../../components/toast/toast-context';
import { describeError } from '../../../lib/errors';
import styles from './inject-fault-menu.module.css';

const EXIT_CODES = [
  { code: 1, label: 'Exit code 1 (error)' },
  { code: 137, label: 'Exit code 137 (killed)' },
  { code: 139, label: 'Exit code 139 (segfault)' },
  { code: 0, label: 'Exit code 0 (clean exit)' },
] as const;

type FaultKind = 'crash' | 'crash-loop' | 'stop-container';

const FAULT_NAMES: Record<FaultKind, string> = { crash: 'Crash', 'crash-loop': 'Crash loop', 'stop-container': 'Stop container' };

export interface InjectFaultMenuProps {
  deploymentId: string;
  executable: ExecutableStatusEntry;
  /** Open at once: the button was pressed before the menu's code had arrived (see inject-fault.tsx). */
  defaultOpen?: boolean;
  triggerRef?: Ref<HTMLButtonElement>;
}

/** Simulator faults for one executable (button `Inject fault`): crash with an exit code, crash loop, docker stop. */
export function InjectFaultMenu({ deploymentId, executable, defaultOpen = false, triggerRef }: InjectFaultMenuProps) {
  const [exitCode, setExitCode] = useState(1);
  const { mutations } = useSimulatorControls();
  const { toast } = useToast();
  const target = `${executable.component}/${executable.name}`;

  const inject = (kind: FaultKind) => {
    const on = { deploymentId, component: executable.component, executable: executable.name };
    const body: FaultBody = kind === 'stop-container' ? { kind, ...on } : { kind, ...on, exitCode };
    mutations.fault.mutate(body, {
      onSuccess: () => toast({ title: `${FAULT_NAMES[kind]} injected`, description: target }),
      onError: (error) => toast({ title: `Could not inject ${FAULT_NAMES[kind].toLowerCase()}`, description: describeError(error).message, tone: 'error' }),
    });
  };

  return (
    // Not modal: a modal menu hides the page with aria-hidden while its controls stay focusable (axe aria-hidden-focus).
    <DropdownMenu.Root modal={false} defaultOpen={defaultOpen}>
      <DropdownMenu.Trigger asChild>
        <Button ref={triggerRef} size="sm" variant="secondary">
          Inject fault
        </Button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className={`${menu.content} ${styles.content}`} align="end" sideOffset={4}>
          <DropdownMenu.Label className={menu.label}>Exit code for crashes</DropdownMenu.Label>
          <DropdownMenu.RadioGroup value={String(exitCode)} onValueChange={(value) => setExitCode(Number(value))}>
            {EXIT_CODES.map((option) => (
              <DropdownMenu.RadioItem
                key={option.code}
                value={String(option.code)}
                className={`${menu.item} ${styles.item}`}
                // Choosing the exit code keeps the menu open for the crash itself.
                onSelect={(event) => event.preventDefault()}
              >
                <DropdownMenu.ItemIndicator className={styles.indicator} aria-hidden="true">
                  ●
                </DropdownMenu.ItemIndicator>
                {option.label}
              </DropdownMenu.RadioItem>
            ))}
          </DropdownMenu.RadioGroup>
          <DropdownMenu.Separator className={menu.separator} />
          {(Object.keys(FAULT_NAMES) as FaultKind[]).map((kind) => (
            <DropdownMenu.Item key={kind} className={`${menu.item} ${styles.item}`} onSelect={() => inject(kind)}>
              {FAULT_NAMES[kind]}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
