import { Field } from '../../components/field/field';
import { Select } from '../../components/field/input';
import { EVENT_KINDS } from '../../vocabulary';
import { ALL, eventKindLabel, isKindFilter, type KindFilter, type Named } from './event-view';
import styles from './event-filters.module.css';

export interface EventFiltersProps {
  deployments: readonly Named[];
  /** A deployment id or `all`. */
  deployment: string;
  onDeploymentChange: (deployment: string) => void;
  kind: KindFilter;
  onKindChange: (kind: KindFilter) => void;
}

export function EventFilters({ deployments, deployment, onDeploymentChange, kind, onKindChange }: EventFiltersProps) {
  return (
    <div className={styles.filters}>
      <Field label="Filter events by deployment" hideLabel>
        {(control) => (
          <Select {...control} value={deployment} onChange={(e) => onDeploymentChange(e.target.value)}>
            <option value={ALL}>All deployments</option>
            {deployments.map((d) => (
              <option key={d.guid} value={d.guid}>
                {d.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Filter events by kind" hideLabel>
        {(control) => (
          <Select {...control} value={kind} onChange={(e) => isKindFilter(e.target.value) && onKindChange(e.target.value)}>
            <option value={ALL}>All kinds</option>
            {EVENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {eventKindLabel(k)}
              </option>
            ))}
          </Select>
        )}
      </Field>
    </div>
  );
}
