// The engine in Node: bundle `src/platform` with Vite's library mode (production build, as the browser runs it),
// build the fleet-scale world once, then time `advance(one hour)` on fresh copies of it.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { build } from 'vite';

const HOUR = 60 * 60 * 1000;

async function bundleEngine(root, outDir) {
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
      lib: { entry: join(root, 'src/platform/index.ts'), formats: ['es'], fileName: 'platform' },
    },
  });
  return import(pathToFileURL(join(outDir, 'platform.js')).href);
}

/** Times one simulated hour over the fleet: one warm-up run, then `runs` timed ones (ms each). */
export async function measureEngine({ root, outDir, runs, seed = 1 }) {
  const { buildFleetScale, createPlatform, FULL_FLEET } = await bundleEngine(root, outDir);
  const builtAt = performance.now();
  const state = buildFleetScale(seed);
  const buildMs = performance.now() - builtAt;
  if (state.deployments.length !== FULL_FLEET.deployments) throw new Error(`fleet-scale built ${state.deployments.length} deployments`);

  const hour = () => {
    const platform = createPlatform({ state: structuredClone(state) });
    const start = performance.now();
    platform.advance(HOUR);
    return performance.now() - start;
  };
  const warmUp = hour();
  const samples = Array.from({ length: runs }, hour);
  return { buildMs, warmUp, samples, deployments: state.deployments.length };
}
