import { Link } from 'react-router';
import { formatDateTime, toMillis, type Instant } from '../../lib/format';
import { paths } from '../../lib/paths';
import { Icon } from '../icon/icon';
import styles from './clock-control.module.css';

export interface ClockControlProps {
  /** The simulated now. */
  now: Instant;
  paused: boolean;
  /** Simulated seconds per real second. */
  speed: number;
  /** Run or pause the simulation; leave out to show the clock read-only. */
  onRunningChange?: (running: boolean) => void;
  /** A clock change is on its way to the simulator. */
  busy?: boolean;
}

/**
 * The header's view of the simulated clock: a run/pause toggle and the simulated time, linking to the Simulator.
 * Its names and text deliberately avoid the Simulator page's `Pause`, `Resume`, `Speed` and `Clock` (UI contract),
 * so scripts that look those up on that page, by role or by text, find exactly one match.
 */
export function ClockControl({ now, paused, speed, onRunningChange, busy = false }: ClockControlProps) {
  const ms = toMillis(now);
  const running = !paused;
  return (
    <div className={styles.clock} data-paused={paused || undefined}>
      {onRunningChange && (
        <button
          type="button"
          className={styles.toggle}
          aria-label="Run simulation"
          aria-pressed={running}
          aria-busy={busy || undefined}
          title={paused ? 'Simulation paused: press to run it' : 'Simulation running: press to pause it'}
          onClick={() => !busy && onRunningChange(!running)}
        >
          <Icon name={paused ? 'play' : 'pause'} size={14} />
        </button>
      )}
      <Link to={paths.simulator.href()} className={styles.reading}>
        <span className="sr-only">Simulated time </span>
        <time dateTime={new Date(ms).toISOString()} className={styles.time}>
          {formatDateTime(ms)}
        </time>{' '}
        <span className={styles.rate}>{paused ? 'frozen' : `${speed}×`}</span>
      </Link>
    </div>
  );
}
