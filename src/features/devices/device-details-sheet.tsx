import { Dialog } from 'radix-ui';
import type { DeviceResource } from '../../api';
import { Icon } from '../../components/icon/icon';
import { architectureLabel } from '../../lib/labels';
import { runtimesText } from './device-columns';
import { DeviceDetails } from './device-details';
import { deviceState, deviceStateLabel } from './device-state';
import styles from './device-details.module.css';

export interface DeviceDetailsSheetProps {
  /** The selected device; the sheet is closed without one. */
  device: DeviceResource | undefined;
  onClose: () => void;
}

/** A Radix dialog drawn as a side sheet, so the list and its filters stay where they were behind it. */
export function DeviceDetailsSheet({ device, onClose }: DeviceDetailsSheetProps) {
  return (
    <Dialog.Root open={device !== undefined} onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className={styles.overlay} />
        <Dialog.Content className={styles.sheet}>
          {device && (
            <>
              <header className={styles.header}>
                <div>
                  <Dialog.Title className={styles.title}>{device.metadata.name}</Dialog.Title>
                  <Dialog.Description className={styles.subtitle}>
                    {[deviceStateLabel(deviceState(device)), architectureLabel(device.spec.architecture), runtimesText(device)].join(' · ')}
                  </Dialog.Description>
                </div>
                <Dialog.Close className={styles.close} aria-label="Close device details">
                  <Icon name="x" size={16} />
                </Dialog.Close>
              </header>
              <DeviceDetails device={device} />
            </>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
