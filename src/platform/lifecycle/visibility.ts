// What the platform can see of an executable whose device is unreachable. The device keeps doing whatever it was
// doing; the platform shows `unknown` — with DEP_E151 when the device dropped off, without a code while it
// announced a reboot — and restores what it knew once the device is back.
import type { Device, ExecutableInstance } from '../types';

export function hideBehindDevice(ex: ExecutableInstance, device: Device): void {
  if (!ex.beforeOffline) {
    ex.beforeOffline = { status: ex.status };
    if (ex.reason !== undefined) ex.beforeOffline.reason = ex.reason;
    if (ex.errorCode !== undefined) ex.beforeOffline.errorCode = ex.errorCode;
  }
  ex.status = 'unknown';
  if (device.rebootingUntil === undefined) {
    ex.reason = 'DeviceOffline';
    ex.errorCode = 'DEP_E151';
  } else {
    ex.reason = 'DeviceRebooting';
    delete ex.errorCode;
  }
}

export function revealAfterDevice(ex: ExecutableInstance): void {
  const before = ex.beforeOffline;
  if (!before) return;
  ex.status = before.status;
  ex.reason = before.reason;
  ex.errorCode = before.errorCode;
  delete ex.beforeOffline;
}
