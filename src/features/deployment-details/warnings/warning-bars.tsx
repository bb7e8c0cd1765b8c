import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { CHART_GEOMETRY } from './chart-geometry';
import type { WarningBar } from './warning-histogram-model';
import styles from './warnings.module.css';

/** The histogram's drawing only (recharts); interaction lives in the buttons laid over it. */
export default function WarningBars({ bars, max }: { bars: readonly WarningBar[]; max: number }) {
  return (
    <ResponsiveContainer width="100%" height={CHART_GEOMETRY.height}>
      <BarChart data={[...bars]} margin={CHART_GEOMETRY.margin} barCategoryGap="15%" accessibilityLayer={false}>
        <CartesianGrid vertical={false} className={styles.grid} />
        <XAxis dataKey="tick" interval={2} tickLine={false} height={CHART_GEOMETRY.xAxisHeight} className={styles.axis} />
        <YAxis
          width={CHART_GEOMETRY.yAxisWidth}
          allowDecimals={false}
          domain={[0, Math.max(1, max)]}
          tickLine={false}
          axisLine={false}
          className={styles.axis}
        />
        <Bar dataKey="count" className={styles.bar} isAnimationActive={false} radius={[2, 2, 0, 0]} />
      </BarChart>
    </ResponsiveContainer>
  );
}
