import { lazy, Suspense, useState } from 'react';
import { Toolbar } from 'radix-ui';
import { useNavigate } from 'react-router';
import { historicalLogsSearch } from '../tabs/tab-model';
import type { WarningBar, WarningHistogramModel } from './warning-histogram-model';
import { CHART_GEOMETRY } from './chart-geometry';
import styles from './warnings.module.css';

// recharts is large and only needed once someone opens a histogram: it loads with the first one.
const WarningBars = lazy(() => import('./warning-bars'));

export interface WarningHistogramProps {
  model: WarningHistogramModel;
  bridge: { name: string; component: string };
}

/**
 * The chart is drawn by recharts and hidden from assistive technology; on top of it lies a toolbar with one button
 * per non-empty hour, exactly over its bar. Those buttons are the bars for mouse, touch and keyboard alike
 * (arrow keys move between hours) and open Historical Logs for that hour and bridge.
 */
export function WarningHistogram({ model, bridge }: WarningHistogramProps) {
  const navigate = useNavigate();
  const [pointed, setPointed] = useState<WarningBar | undefined>(undefined);
  // Log windows include their end; the bar's hour does not (a line on the hour belongs to the next bar).
  const open = (bar: WarningBar) =>
    void navigate({ search: historicalLogsSearch({ source: bridge.name, component: bridge.component, from: bar.from, to: bar.to - 1 }) });
  const readout = pointed ?? model.peak;
  const { top, right, bottom, left } = CHART_GEOMETRY.plot;

  return (
    <div className={styles.histogram}>
      <p className={styles.readout} aria-hidden="true">
        {readout ? (pointed ? readout.name : `Busiest: ${readout.name}`) : 'No warnings in the last 24 hours.'}
      </p>
      <div className={styles.chart} style={{ height: CHART_GEOMETRY.height }}>
        <div aria-hidden="true" className={styles.bars}>
          <Suspense fallback={<div className={styles.chartLoading}>Drawing the chart…</div>}>
            <WarningBars bars={model.bars} max={model.max} />
          </Suspense>
        </div>
        <Toolbar.Root
          aria-label={`Warnings by hour for ${bridge.name}`}
          className={styles.hours}
          style={{ top, right, bottom, left, gridTemplateColumns: `repeat(${model.bars.length}, minmax(0, 1fr))` }}
          onMouseLeave={() => setPointed(undefined)}
        >
          {model.bars.map((bar) =>
            bar.empty ? (
              <span key={bar.from} aria-hidden="true" />
            ) : (
              <Toolbar.Button
                key={bar.from}
                className={styles.hour}
                onClick={() => open(bar)}
                onMouseEnter={() => setPointed(bar)}
                onFocus={() => setPointed(bar)}
                onBlur={() => setPointed(undefined)}
              >
                <span className="sr-only">{bar.name}</span>
              </Toolbar.Button>
            ),
          )}
        </Toolbar.Root>
      </div>
      <p className={styles.hint}>Choose a bar to open the Historical Logs of {bridge.name} for that hour.</p>
    </div>
  );
}
