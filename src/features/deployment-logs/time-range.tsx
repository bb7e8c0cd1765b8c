import { useState } from 'react';
import { Button } from '../../components/button/button';
import { TextField } from '../../components/field/field';
import { useNow } from '../../components/time/now-context';
import { formatDateTime } from '../../lib/format';
import { TIME_PRESETS, fromLocalInput, hasTimeRange, matchingPreset, presetRange, toLocalInput, type LogFilters } from './log-filters';
import styles from './logs.module.css';

export interface TimeRangeProps {
  filters: LogFilters;
  onChange: (next: LogFilters) => void;
}

/** Presets pin the window to the simulated clock's now; Custom shows From/To in the browser's time zone. */
export function TimeRange({ filters, onChange }: TimeRangeProps) {
  const now = useNow();
  const preset = matchingPreset(filters);
  const [custom, setCustom] = useState(hasTimeRange(filters) && !preset);
  const showInputs = custom || (hasTimeRange(filters) && !preset);
  return (
    <div className={styles.timeRange}>
      <div role="group" aria-label="Time range" className={styles.presets}>
        <Button size="sm" variant={!hasTimeRange(filters) && !custom ? 'primary' : 'secondary'} aria-pressed={!hasTimeRange(filters) && !custom} onClick={() => {
          setCustom(false);
          onChange({ ...filters, from: undefined, to: undefined });
        }}>
          Any time
        </Button>
        {TIME_PRESETS.map((p) => (
          <Button
            key={p.id}
            size="sm"
            variant={preset?.id === p.id && !custom ? 'primary' : 'secondary'}
            aria-pressed={preset?.id === p.id && !custom}
            onClick={() => {
              setCustom(false);
              // The console's clock is the simulator's; the wall clock only stands in before its first tick.
              onChange({ ...filters, ...presetRange(p, now ?? Date.now()) });
            }}
          >
            {p.label}
          </Button>
        ))}
        <Button size="sm" variant={showInputs ? 'primary' : 'secondary'} aria-pressed={showInputs} onClick={() => setCustom(true)}>
          Custom
        </Button>
      </div>
      {hasTimeRange(filters) && !showInputs && (
        <p className={styles.muted}>
          {filters.from ? formatDateTime(filters.from) : 'The oldest kept line'} – {filters.to ? formatDateTime(filters.to) : 'now'}
        </p>
      )}
      {showInputs && (
        <div className={styles.customRange}>
          <TextField
            label="From"
            type="datetime-local"
            step={1}
            value={toLocalInput(filters.from)}
            onChange={(e) => onChange({ ...filters, from: fromLocalInput(e.target.value) })}
          />
          <TextField
            label="To"
            type="datetime-local"
            step={1}
            value={toLocalInput(filters.to)}
            onChange={(e) => onChange({ ...filters, to: fromLocalInput(e.target.value) })}
          />
        </div>
      )}
    </div>
  );
}
