import { Button } from '../../../components/button/button';
import { Field, TextField } from '../../../components/field/field';
import { Select } from '../../../components/field/input';
import { architectureLabel } from '../../../lib/labels';
import { useUrlDraft } from '../../../lib/use-url-draft';
import { ROS_FILTERS, hasActiveFilters, rosFilterLabel, runtimeKindLabel, type CatalogFilters } from './catalog-filters';
import { ARCHITECTURES } from '../../../vocabulary';
import { RUNTIME_KINDS } from './package-summary';
import styles from './filter-bar.module.css';

export interface FilterBarProps {
  filters: CatalogFilters;
  /** A control changed: its filter and raw value, `''` meaning "any". */
  onChange: (key: keyof CatalogFilters, value: string) => void;
  onClear: () => void;
}

export function FilterBar({ filters, onChange, onClear }: FilterBarProps) {
  const [search, setSearch] = useUrlDraft(filters.search, (text) => onChange('search', text));
  return (
    <div role="search" aria-label="Filter packages" className={styles.bar}>
      <div className={styles.search}>
        <TextField
          label="Search packages"
          hideLabel
          type="search"
          placeholder="Search by name, description or component"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      <Field label="Runtime">
        {(control) => (
          <Select {...control} value={filters.runtime ?? ''} onChange={(event) => onChange('runtime', event.target.value)}>
            <option value="">All runtimes</option>
            {RUNTIME_KINDS.map((runtime) => (
              <option key={runtime} value={runtime}>
                {runtimeKindLabel(runtime)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Architecture">
        {(control) => (
          <Select {...control} value={filters.architecture ?? ''} onChange={(event) => onChange('architecture', event.target.value)}>
            <option value="">All architectures</option>
            {ARCHITECTURES.map((architecture) => (
              <option key={architecture} value={architecture}>
                {architectureLabel(architecture)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="ROS">
        {(control) => (
          <Select {...control} value={filters.ros ?? ''} onChange={(event) => onChange('ros', event.target.value)}>
            <option value="">ROS and non-ROS</option>
            {ROS_FILTERS.map((ros) => (
              <option key={ros} value={ros}>
                {rosFilterLabel(ros)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {hasActiveFilters(filters) && (
        <Button variant="ghost" icon="x" className={styles.clear} onClick={onClear}>
          Clear filters
        </Button>
      )}
    </div>
  );
}
