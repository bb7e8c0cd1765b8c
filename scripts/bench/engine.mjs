// The engine in Node: bundle `src/platform` and the world's saver (`src/mocks/world/saved-world.ts`) with Vite's
// library mode (production build, as the browser runs them), build the worlds once, then time `advance` on fresh
// copies of them, and one save of the fleet-scale world through the saver the world's worker uses.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { serialize } from 'node:v8';
import { build } from 'vite';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
/** Ten times the fleet-scale scenario, to see whether the cost grows linearly. */
const LARGE_FLEET = { deployments: 100_000, devices: 20_000, networks: 500 };

async function bundle(root, outDir) {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    mode: 'production',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: { platform: join(root, 'src/platform/index.ts'), 'saved-world': join(root, 'src/mocks/world/saved-world.ts') },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
    },
  });
  const load = (name) => import(pathToFileURL(join(outDir, `${name}.js`)).href);
  return { platform: await load('platform'), savedWorld: await load('saved-world') };
}

/** ms to advance a fresh copy of `state` by `ms`: one warm-up, then `runs` timed. */
function timeAdvance(createPlatform, state, ms, runs) {
  const once = () => {
    const platform = createPlatform({ state: structuredClone(state) });
    const start = performance.now();
    platform.advance(ms);
    return performance.now() - start;
  };
  once();
  return Array.from({ length: runs }, once);
}

function buildWorld(buildFleetScale, seed, size) {
  const start = performance.now();
  const state = buildFleetScale(seed, size);
  const buildMs = performance.now() - start;
  if (state.deployments.length !== size.deployments) throw new Error(`built ${state.deployments.length} deployments, not ${size.deployments}`);
  return { state, buildMs };
}

/**
 * One save through the worker's own saver (`createAsyncSaver`), its store serialising the envelope with V8's
 * ValueSerializer: the structured clone Chromium's IndexedDB writes (the database's own disk write is left out).
 */
async function timeSave(createAsyncSaver, state, runs) {
  let bytes = 0;
  const store = { read: async () => undefined, write: async (envelope) => void (bytes = serialize(envelope).length) };
  const saver = createAsyncSaver({ store, snapshot: () => ({ state, clock: { paused: false, speed: 60 } }), onError: (e) => { throw e; } });
  const once = async () => {
    const start = performance.now();
    await saver.flush();
    return performance.now() - start;
  };
  await once();
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await once());
  return { samples, bytes };
}

/** The fleet-scale world (an hour and a day), a ten-times-larger one (an hour) and one save of the fleet-scale world. */
export async function measureEngine({ root, outDir, runs, seed = 1, log = () => {} }) {
  const { platform, savedWorld } = await bundle(root, outDir);
  const { buildFleetScale, createPlatform, FULL_FLEET } = platform;

  const fleetWorld = buildWorld(buildFleetScale, seed, FULL_FLEET);
  const fleet = {
    deployments: FULL_FLEET.deployments,
    buildMs: fleetWorld.buildMs,
    hourSamples: timeAdvance(createPlatform, fleetWorld.state, HOUR, runs),
    daySamples: timeAdvance(createPlatform, fleetWorld.state, DAY, runs),
  };
  const save = await timeSave(savedWorld.createAsyncSaver, fleetWorld.state, runs);

  log(`engine: building a world of ${LARGE_FLEET.deployments.toLocaleString('en')} deployments…`);
  const largeWorld = buildWorld(buildFleetScale, seed, LARGE_FLEET);
  // Each copy of this world is ten times the fleet's: fewer runs keep the bench's time in bounds.
  const large = {
    deployments: LARGE_FLEET.deployments,
    buildMs: largeWorld.buildMs,
    hourSamples: timeAdvance(createPlatform, largeWorld.state, HOUR, Math.min(runs, 3)),
  };
  return { fleet, large, save };
}
