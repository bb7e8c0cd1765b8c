import { ARCHITECTURES, DEVICE_RUNTIMES } from '../../api';
import { Field } from '../../components/field/field';
import { Input, Select } from '../../components/field/input';
import { architectureLabel, deviceRuntimeLabel } from '../../lib/labels';
import { useUrlDraft } from '../../lib/use-url-draft';
import type { DeviceFilters } from './device-filters';
import { DEVICE_STATES, deviceStateLabel } from './device-state';
import styles from './devices.module.css';

export interface DeviceFilterBarProps {
  filters: DeviceFilters;
  onChange: (filters: DeviceFilters) => void;
}

/** Search and the three filters; every change lands in the URL at once. */
export function DeviceFilterBar({ filters, onChange }: DeviceFilterBarProps) {
  const set = (patch: Partial<DeviceFilters>) => onChange({ ...filters, ...patch });
  const [search, setSearch] = useUrlDraft(filters.search, (text) => set({ search: text }));
  return (
    <div className={styles.filters} role="search" aria-label="Filter devices">
      <div className={styles.search}>
        <Field label="Search devices" hideLabel>
          {(control) => (
            <Input
              {...control}
              type="search"
              placeholder="Search by name or label (site=osaka-dc1)"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
            />
          )}
        </Field>
      </div>
      <Field label="Filter by status" hideLabel>
        {(control) => (
          <Select {...control} value={filters.status ?? ''} onChange={(event) => set({ status: DEVICE_STATES.find((s) => s === event.target.value) })}>
            <option value="">All statuses</option>
            {DEVICE_STATES.map((state) => (
              <option key={state} value={state}>
                {deviceStateLabel(state)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Filter by architecture" hideLabel>
        {(control) => (
          <Select
            {...control}
            value={filters.architecture ?? ''}
            onChange={(event) => set({ architecture: ARCHITECTURES.find((a) => a === event.target.value) })}
          >
            <option value="">All architectures</option>
            {ARCHITECTURES.map((value) => (
              <option key={value} value={value}>
                {architectureLabel(value)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Filter by runtime" hideLabel>
        {(control) => (
          <Select
            {...control}
            value={filters.runtime ?? ''}
            onChange={(event) => set({ runtime: DEVICE_RUNTIMES.find((r) => r === event.target.value) })}
          >
            <option value="">All runtimes</option>
            {DEVICE_RUNTIMES.map((value) => (
              <option key={value} value={value}>
                {deviceRuntimeLabel(value)}
              </option>
            ))}
          </Select>
        )}
      </Field>
    </div>
  );
}
