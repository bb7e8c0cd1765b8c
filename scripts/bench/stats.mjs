// Pure helpers of the benchmark: summary statistics, targets and the printed table.

/** The value below which `p` percent of the samples lie (nearest rank); undefined for no samples. */
export function percentile(samples, p) {
  if (samples.length === 0) return undefined;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** The middle sample, or the mean of the two middle ones. */
export function median(samples) {
  if (samples.length === 0) return undefined;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** measure ÷ baseline, or undefined when either is missing or the baseline is zero. */
export function ratio(value, baseline) {
  if (value === undefined || baseline === undefined || baseline === 0) return undefined;
  return value / baseline;
}

/** Whether a value meets a ceiling (at most `target`): true, false, or undefined (no target, or nothing measured). */
export function meets(value, target) {
  if (target === undefined || value === undefined) return undefined;
  return value <= target;
}

/** Whether a measure meets its targets: a ceiling on its value (`target`) and on its ratio to the baseline
 * (`targetRatio`); undefined when it has neither or nothing was measured. */
export function meetsTargets(measure) {
  const checks = [];
  if (measure.target !== undefined) checks.push(meets(measure.value, measure.target));
  if (measure.targetRatio !== undefined) checks.push(meets(ratio(measure.value, measure.baseline), measure.targetRatio));
  if (checks.length === 0 || checks.includes(undefined)) return undefined;
  return checks.every(Boolean);
}

/** The targets as text, e.g. `≤ 180 kB`, `≤ 1.5×` or both. */
export function targetText(measure) {
  const parts = [];
  if (measure.target !== undefined) parts.push(`≤ ${measure.target} ${measure.unit}`);
  if (measure.targetRatio !== undefined) parts.push(`≤ ${measure.targetRatio}×`);
  return parts.join(', ');
}

const number = (value, unit) => {
  if (value === undefined) return 'n/a';
  const digits = value >= 100 || Number.isInteger(value) ? 0 : value < 1 ? 2 : 1;
  return `${value.toFixed(digits)}${unit ? ` ${unit}` : ''}`;
};

/** One table row's cells from a measure: value, baseline, ratio, target and pass as text. */
export function rowCells(measure) {
  const r = ratio(measure.value, measure.baseline);
  const pass = meetsTargets(measure);
  return [
    measure.label,
    number(measure.value, measure.unit),
    measure.baseline === undefined ? '—' : number(measure.baseline, measure.unit),
    r === undefined ? '—' : `${r.toFixed(2)}×`,
    targetText(measure) || '—',
    pass === undefined ? '—' : pass ? 'yes' : 'NO',
  ];
}

export const COLUMNS = ['Measure', 'Value', 'Baseline', 'Ratio', 'Target', 'Pass'];

/** A plain-text table, columns padded to their widest cell (numbers right-aligned). */
export function formatTable(measures) {
  const rows = [COLUMNS, ...measures.map(rowCells)];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ');
  const rule = widths.map((w) => '-'.repeat(w)).join('-|-');
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join('\n');
}

/** The measures that have a target and miss it. */
export const missedTargets = (measures) => measures.filter((m) => meetsTargets(m) === false);

/** How many options the device picker shows for a filter text: the placeholder, then every device whose name,
 * architecture or runtime (the option text before any reason it is unavailable) contains the text. */
export function expectedDeviceOptions(optionTexts, text) {
  const [, ...devices] = optionTexts;
  const needle = text.trim().toLowerCase();
  return 1 + devices.filter((option) => option.split(' — ')[0].toLowerCase().includes(needle)).length;
}
