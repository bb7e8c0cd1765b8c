import { useQuery } from '@tanstack/react-query';
import { memo, useMemo } from 'react';
import { DEPLOYMENT_PHASES, DEPLOYMENT_STATUSES, deviceQueries, packageQueries } from '../../api';
import { Field } from '../../components/field/field';
import { Input, Select } from '../../components/field/input';
import { phaseLabel } from '../../lib/labels';
import { CommittedInput } from './committed-input';
import type { ListView } from './list-view';
import styles from './deployments.module.css';

export interface ListFiltersProps {
  view: ListView;
  onChange: (change: Partial<ListView> | ((view: ListView) => ListView)) => void;
  /** Every keystroke in the search box: the list searches as the operator types. */
  onSearch: (search: string) => void;
  /** Whether to read the packages and devices the filters offer (what is already known is shown meanwhile). */
  loadChoices: boolean;
}

/**
 * One option per name. A component of its own, so that while the bar renders again (on every keystroke) React skips
 * the thousands of device options at once instead of comparing them one by one.
 */
const NameOptions = memo(function NameOptions({ names }: { names: readonly string[] }) {
  return names.map((name) => (
    <option key={name} value={name}>
      {name}
    </option>
  ));
});

/** Search, the filters the list query offers, and the stopped and volume toggles; each change lands in the URL. */
export function ListFilters({ view, onChange, onSearch, loadChoices }: ListFiltersProps) {
  const packages = useQuery({ ...packageQueries.list(), enabled: loadChoices });
  // Read again only when a device changes (its revision moves), not with every change of the world.
  const devices = useQuery({ ...deviceQueries.list(), enabled: loadChoices });
  const packageOptions = [...(packages.data?.items ?? [])].sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
  // A fleet has thousands of devices: sort them once per answer, not on every keystroke.
  const deviceNames = useMemo(() => (devices.data?.items ?? []).map((d) => d.metadata.name).sort((a, b) => a.localeCompare(b)), [devices.data]);

  return (
    <div className={styles.filters} role="search" aria-label="Deployments">
      <div className={styles.search}>
        <Field label="Search deployments" hideLabel>
          {(control) => (
            <Input
              {...control}
              type="search"
              placeholder="Search by name, deployment ID or package"
              value={view.search}
              onChange={(event) => onSearch(event.target.value)}
            />
          )}
        </Field>
      </div>
      <Field label="Phase">
        {(control) => (
          <Select {...control} value={view.phase ?? ''} onChange={(e) => onChange({ phase: DEPLOYMENT_PHASES.find((p) => p === e.target.value) })}>
            <option value="">All phases</option>
            {DEPLOYMENT_PHASES.map((phase) => (
              <option key={phase} value={phase}>
                {phaseLabel(phase)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Status">
        {(control) => (
          <Select {...control} value={view.status ?? ''} onChange={(e) => onChange({ status: DEPLOYMENT_STATUSES.find((s) => s === e.target.value) })}>
            <option value="">All statuses</option>
            {DEPLOYMENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {status}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Package">
        {(control) => (
          <Select {...control} value={view.package ?? ''} onChange={(e) => onChange({ package: e.target.value || undefined })}>
            <option value="">All packages</option>
            {view.package && !packageOptions.some((p) => p.metadata.guid === view.package) && <option value={view.package}>{view.package}</option>}
            {packageOptions.map((p) => (
              <option key={p.metadata.guid} value={p.metadata.guid}>
                {p.metadata.name} {p.metadata.version}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Device">
        {(control) => (
          <Select {...control} value={view.device ?? ''} onChange={(e) => onChange({ device: e.target.value || undefined })}>
            <option value="">All devices</option>
            {view.device && !deviceNames.includes(view.device) && <option value={view.device}>{view.device}</option>}
            <NameOptions names={deviceNames} />
          </Select>
        )}
      </Field>
      <div className={styles.labelFilter}>
        <Field label="Label">
          {(control) => (
            <CommittedInput {...control} placeholder="key=value" value={view.label ?? ''} onCommit={(label) => onChange({ label: label.trim() || undefined })} />
          )}
        </Field>
      </div>
      <label className={styles.toggle}>
        <input
          type="checkbox"
          className={styles.checkbox}
          checked={view.showStopped}
          disabled={view.phase !== undefined}
          onChange={(e) => onChange({ showStopped: e.target.checked })}
        />
        Show stopped deployments
      </label>
      <label className={styles.toggle}>
        <input type="checkbox" className={styles.checkbox} checked={view.showVolumes} onChange={(e) => onChange({ showVolumes: e.target.checked })} />
        Show volume deployments
      </label>
    </div>
  );
}
