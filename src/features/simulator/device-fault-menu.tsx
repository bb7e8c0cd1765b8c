import { DropdownMenu } from 'radix-ui';
import type { DeviceResource, FaultBody } from '../../api';
import { buttonClassName } from '../../components/button/button';
import menu from '../../components/menu/menu.module.css';
import { deviceMenuFaults, type MenuFault } from './device-view';
import styles from './device-fault-menu.module.css';

export interface DeviceFaultMenuProps {
  device: DeviceResource;
  onInject: (fault: FaultBody, what: string) => void;
}

/** `More faults`: software the platform put on the device, taken away one piece at a time. */
export function DeviceFaultMenu({ device, onInject }: DeviceFaultMenuProps) {
  const { software, path } = deviceMenuFaults(device);
  const item = (fault: MenuFault) => (
    <DropdownMenu.Item
      key={fault.label}
      className={`${menu.item} ${styles.item}`}
      disabled={fault.done}
      onSelect={() => onInject(fault.fault, `${fault.label} on ${device.metadata.name}`)}
    >
      {fault.label}
      {fault.done && <span className={styles.done}>already removed</span>}
    </DropdownMenu.Item>
  );

  return (
    // Not modal: a modal menu hides the page with aria-hidden while its controls stay focusable (axe aria-hidden-focus).
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className={buttonClassName({ variant: 'ghost', size: 'sm' })}>More faults</DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className={`${menu.content} ${styles.content}`} align="end" sideOffset={4}>
          <DropdownMenu.Label className={menu.label}>Cloud bridge and platform</DropdownMenu.Label>
          {software.map(item)}
          {path.length > 0 && (
            <>
              <DropdownMenu.Separator className={menu.separator} />
              <DropdownMenu.Sub>
                <DropdownMenu.SubTrigger className={`${menu.item} ${styles.item}`}>Remove a command from $PATH</DropdownMenu.SubTrigger>
                <DropdownMenu.Portal>
                  <DropdownMenu.SubContent className={`${menu.content} ${styles.content}`} sideOffset={4}>
                    {path.map(item)}
                  </DropdownMenu.SubContent>
                </DropdownMenu.Portal>
              </DropdownMenu.Sub>
            </>
          )}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
