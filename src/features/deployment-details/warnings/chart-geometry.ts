// The chart's plot area in pixels, shared by the recharts drawing and the buttons laid over its bars: with fixed
// margins and axis sizes both sides agree where each hour's band is.
const MARGIN = { top: 8, right: 8, bottom: 0, left: 0 };
const Y_AXIS_WIDTH = 36;
const X_AXIS_HEIGHT = 24;

export const CHART_GEOMETRY = {
  height: 200,
  margin: MARGIN,
  yAxisWidth: Y_AXIS_WIDTH,
  xAxisHeight: X_AXIS_HEIGHT,
  plot: { top: MARGIN.top, right: MARGIN.right, bottom: MARGIN.bottom + X_AXIS_HEIGHT, left: MARGIN.left + Y_AXIS_WIDTH },
} as const;
