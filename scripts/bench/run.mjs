// `npm run bench`: builds the app, serves it with `vite preview`, measures it in Chromium and the engine in Node,
// prints one table and writes it as JSON. A benchmark, not a test: it exits 0 and names the targets it misses.
//   --json <path>   where the JSON goes (default bench-results.json)
//   --samples <n>   fresh browser pages measured (default 3)
//   --runs <n>      timed engine runs (default 5)
//   --main-thread-seconds <n>   each window of the main-thread measure, paused and at 60× (default 60)
// Env: GANTRY_BENCH_PORT (default 4390), GANTRY_BENCH_OUT (build directory, default <tmp>/gantry-bench-dist).
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build, preview } from 'vite';
import { applyMeasures, measureApply } from './apply.mjs';
import { measureBrowser } from './browser.mjs';
import { EMPTY_ROUTE, ROUTES, gzipSizer, firstPaintBytes, readManifest } from './bundle.mjs';
import { measureEngine } from './engine.mjs';
import { browserMeasures, bundleMeasures, engineMeasures, mainThreadMeasures, saveMeasures, throttledMeasures } from './measures.mjs';
import { formatTable, missedTargets, ratio, targetText } from './stats.mjs';

const root = resolve(import.meta.dirname, '../..');
const { values: args } = parseArgs({
  options: {
    json: { type: 'string', default: 'bench-results.json' },
    samples: { type: 'string', default: '3' },
    runs: { type: 'string', default: '5' },
    'main-thread-seconds': { type: 'string', default: '60' },
  },
});
const outDir = process.env.GANTRY_BENCH_OUT ?? join(tmpdir(), 'gantry-bench-dist');
const log = (line) => console.log(line);
const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');

/** The port asked for, or 4390 when free, else any free one. */
function freePort() {
  const wanted = Number(process.env.GANTRY_BENCH_PORT ?? 4390);
  const tryPort = (port) =>
    new Promise((done) => {
      const server = createServer()
        .once('error', () => done(undefined))
        // The address is read before closing: a closed server has none, and port 0 would be taken literally.
        .listen(port, () => {
          const address = server.address();
          server.close(() => done(typeof address === 'object' && address ? address.port : port));
        });
    });
  return tryPort(wanted).then((port) => port ?? (process.env.GANTRY_BENCH_PORT ? Promise.reject(new Error(`port ${wanted} is taken`)) : tryPort(0)));
}

const startedAt = Date.now();
const loadBefore = load();
log(`Gantry bench on ${cpus().length} cores, load average ${loadBefore} (1, 5, 15 min)`);
log(`building into ${outDir}…`);
await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true, manifest: true } });

const manifest = readManifest(outDir);
const size = gzipSizer(outDir);
const sizes = {
  empty: { ...EMPTY_ROUTE, bytes: firstPaintBytes(manifest, EMPTY_ROUTE.module, size) },
  routes: ROUTES.map((route) => ({ ...route, bytes: firstPaintBytes(manifest, route.module, size) })),
};

log('engine: bundling and advancing the fleet-scale world…');
const engine = await measureEngine({ root, outDir: `${outDir}-engine`, runs: Number(args.runs), log });

const port = await freePort();
const server = await preview({ root, logLevel: 'warn', build: { outDir }, preview: { port, strictPort: true } });
let browser;
let apply;
try {
  browser = await measureBrowser({ baseUrl: `http://localhost:${port}`, samples: Number(args.samples), mainThreadSeconds: Number(args['main-thread-seconds']), log });
  apply = await measureApply({ baseUrl: `http://localhost:${port}`, log });
} finally {
  await server.close();
}

const measures = [
  ...bundleMeasures(sizes),
  ...browserMeasures(browser.results),
  ...mainThreadMeasures(browser.mainThread, Number(args['main-thread-seconds'])),
  ...throttledMeasures(browser.throttled),
  ...saveMeasures(engine.save),
  ...applyMeasures(apply),
  ...engineMeasures(engine),
];
const loadAfter = load();
const minutes = (Date.now() - startedAt) / 60_000;
log('');
log(`Gantry bench — Chromium ${browser.version}, Node ${process.version}, ${cpus().length} cores; load average ${loadBefore} before, ${loadAfter} after; ${minutes.toFixed(1)} min`);
log(formatTable(measures));
const missed = missedTargets(measures);
log('');
const missedLine = (m) => {
  const r = ratio(m.value, m.baseline);
  return `  - ${m.label}: ${m.value.toFixed(1)} ${m.unit}${r === undefined ? '' : ` (${r.toFixed(2)}×)`}, target ${targetText(m)}`;
};
log(missed.length === 0 ? 'Every target is met.' : `Targets missed (${missed.length}):\n${missed.map(missedLine).join('\n')}`);
const unmeasured = [...browser.failed, ...measures.filter((m) => m.value === undefined && (m.target ?? m.targetRatio) !== undefined).map((m) => m.label)];
if (unmeasured.length) log(`Not measured (${unmeasured.length}):\n${unmeasured.map((name) => `  - ${name}`).join('\n')}`);

const json = resolve(root, args.json);
writeFileSync(
  json,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: { cores: cpus().length, loadBefore, loadAfter, node: process.version, chromium: browser.version },
      options: { samples: Number(args.samples), engineRuns: Number(args.runs), mainThreadSeconds: Number(args['main-thread-seconds']), port },
      minutes,
      measures,
      raw: { sizes, engine, browser: browser.results, mainThread: browser.mainThread, throttled: browser.throttled },
    },
    null,
    2,
  )}\n`,
);
log(`JSON written to ${json}`);
