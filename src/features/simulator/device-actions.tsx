import type { DeviceResource } from '../../api';
import { Button } from '../../components/button/button';
import { DeviceFaultMenu } from './device-fault-menu';
import { ReonboardButton } from './reonboard-button';
import { deviceActions } from './device-view';
import { useFault } from './use-fault';
import styles from './device-actions.module.css';

/** A row's `Take offline` / `Bring online`, `Reboot`, `Re-onboard` and `More faults`; the row header names the device. */
export function DeviceActions({ device }: { device: DeviceResource }) {
  const { inject, pending, variables } = useFault();
  const actions = deviceActions(device);
  const name = device.metadata.name;
  const busy = (kind: string) => pending && variables?.kind === kind;

  return (
    <div className={styles.actions}>
      <Button
        size="sm"
        disabled={!actions.toggle.enabled}
        busy={busy(actions.toggle.fault.kind)}
        title={actions.note}
        onClick={() => inject(actions.toggle.fault, `${actions.toggle.label} ${name}`)}
      >
        {actions.toggle.label}
      </Button>
      <Button
        size="sm"
        disabled={!actions.reboot.enabled}
        busy={busy('device-reboot')}
        title={actions.note}
        onClick={() => inject(actions.reboot.fault, `Reboot ${name}`)}
      >
        Reboot
      </Button>
      <ReonboardButton device={device} />
      <DeviceFaultMenu device={device} onInject={inject} />
    </div>
  );
}
