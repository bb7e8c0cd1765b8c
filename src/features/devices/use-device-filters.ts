import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { readDeviceFilters, writeDeviceFilters, type DeviceFilters } from './device-filters';

const SELECTED = 'device';

/** Filters and the selected device, both kept in the URL. Typing replaces the history entry instead of adding one. */
export function useDeviceFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readDeviceFilters(params), [params]);
  const selectedId = params.get(SELECTED) ?? undefined;

  const setFilters = useCallback(
    (next: DeviceFilters) => setParams((current) => writeDeviceFilters(current, next), { replace: true }),
    [setParams],
  );
  const closeDetails = useCallback(
    () =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        next.delete(SELECTED);
        return next;
      }),
    [setParams],
  );
  /** The link that opens a device's details, keeping the current filters. */
  const detailsHref = useCallback(
    (deviceId: string) => {
      const next = new URLSearchParams(params);
      next.set(SELECTED, deviceId);
      return `?${next}`;
    },
    [params],
  );

  return { filters, setFilters, selectedId, detailsHref, closeDetails };
}
