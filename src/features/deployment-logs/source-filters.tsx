import { Field } from '../../components/field/field';
import { Select } from '../../components/field/input';
import type { LogFilters } from './log-filters';
import { withComponent } from './log-filters';
import { componentOfSource, sourcesOf, type LogSources } from './log-sources';

export interface SourceFiltersProps {
  sources: LogSources;
  filters: LogFilters;
  onChange: (next: LogFilters) => void;
}

/** Component and source pickers; cloud bridges are offered beside the executables. */
export function SourceFilters({ sources, filters, onChange }: SourceFiltersProps) {
  const offered = sourcesOf(sources, filters.component);
  const executables = offered.filter((s) => s.kind === 'executable');
  const bridges = offered.filter((s) => s.kind === 'cloudBridge');
  const label = (name: string, component: string) => (filters.component || sources.components.length === 1 ? name : `${name} (${component})`);
  return (
    <>
      <Field label="Component">
        {(control) => (
          <Select
            {...control}
            value={filters.component ?? ''}
            onChange={(e) => onChange(withComponent(filters, e.target.value || undefined, (s) => componentOfSource(sources, s)))}
          >
            <option value="">All components</option>
            {sources.components.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Source">
        {(control) => (
          <Select {...control} value={filters.source ?? ''} onChange={(e) => onChange({ ...filters, source: e.target.value || undefined })}>
            <option value="">All sources</option>
            {executables.length > 0 && (
              <optgroup label="Executables">
                {executables.map((s) => (
                  <option key={`${s.component}/${s.name}`} value={s.name}>
                    {label(s.name, s.component)}
                  </option>
                ))}
              </optgroup>
            )}
            {bridges.length > 0 && (
              <optgroup label="Cloud bridges">
                {bridges.map((s) => (
                  <option key={s.name} value={s.name}>
                    {label(s.name, s.component)}
                  </option>
                ))}
              </optgroup>
            )}
          </Select>
        )}
      </Field>
    </>
  );
}
