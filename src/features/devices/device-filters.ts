// The devices list's filters, kept in the URL (`?q=&status=&arch=&runtime=`) so a filtered view can be shared and
// survives a reload. Unknown values in a hand-edited URL are ignored rather than hiding every device.
import { ARCHITECTURES, DEVICE_RUNTIMES } from '../../api';
import type { Architecture, DeviceResource, DeviceRuntime } from '../../api';
import { DEVICE_STATES, deviceState, type DeviceState } from './device-state';

export interface DeviceFilters {
  search: string;
  status?: DeviceState;
  architecture?: Architecture;
  runtime?: DeviceRuntime;
}

const PARAMS = { search: 'q', status: 'status', architecture: 'arch', runtime: 'runtime' } as const;

const oneOf = <T extends string>(values: readonly T[], raw: string | null): T | undefined =>
  values.find((value) => value === raw);

export function readDeviceFilters(params: URLSearchParams): DeviceFilters {
  const filters: DeviceFilters = { search: params.get(PARAMS.search) ?? '' };
  const status = oneOf(DEVICE_STATES, params.get(PARAMS.status));
  const arch = oneOf(ARCHITECTURES, params.get(PARAMS.architecture));
  const runtime = oneOf(DEVICE_RUNTIMES, params.get(PARAMS.runtime));
  if (status) filters.status = status;
  if (arch) filters.architecture = arch;
  if (runtime) filters.runtime = runtime;
  return filters;
}

/** A copy of `params` with the filters written in; empty filters are removed. Other parameters are kept. */
export function writeDeviceFilters(params: URLSearchParams, filters: DeviceFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of Object.keys(PARAMS) as (keyof DeviceFilters)[]) {
    const value = filters[key];
    if (value) next.set(PARAMS[key], value);
    else next.delete(PARAMS[key]);
  }
  return next;
}

export const hasDeviceFilters = (filters: DeviceFilters): boolean =>
  Boolean(filters.search.trim() || filters.status || filters.architecture || filters.runtime);

/** Matches the name, a label key or value, or a whole `key=value` label, ignoring case. */
function matchesSearch(device: DeviceResource, needle: string): boolean {
  if (!needle) return true;
  const labels = Object.entries(device.metadata.labels).flatMap(([key, value]) => [key, value, `${key}=${value}`]);
  return [device.metadata.name, ...labels].some((text) => text.toLowerCase().includes(needle));
}

export function filterDevices(devices: readonly DeviceResource[], filters: DeviceFilters): DeviceResource[] {
  const needle = filters.search.trim().toLowerCase();
  return devices.filter(
    (device) =>
      matchesSearch(device, needle) &&
      (filters.status === undefined || deviceState(device) === filters.status) &&
      (filters.architecture === undefined || device.spec.architecture === filters.architecture) &&
      (filters.runtime === undefined || device.spec.runtimes.includes(filters.runtime)),
  );
}
