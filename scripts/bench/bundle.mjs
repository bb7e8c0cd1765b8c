// JavaScript loaded before a route's first paint, read from the build's manifest: the entry chunk and the route's
// chunk with every chunk they import statically. Dynamic imports (other screens, charts, dialogs, the mock backend)
// load on demand and are left out; so is the mock backend's own chunk, which the shell does not wait for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The screens measured, by the route module that renders them. */
export const ROUTES = [
  { name: 'catalog', module: 'src/app/routes/catalog.tsx' },
  { name: 'new package', module: 'src/app/routes/new-package.tsx' },
  { name: 'package', module: 'src/app/routes/package.tsx' },
  { name: 'deploy wizard', module: 'src/app/routes/deploy-package.tsx' },
  { name: 'deployments', module: 'src/app/routes/deployments.tsx' },
  { name: 'deployment details', module: 'src/app/routes/deployment.tsx' },
  { name: 'devices', module: 'src/app/routes/devices.tsx' },
  { name: 'networks', module: 'src/app/routes/networks.tsx' },
  { name: 'volumes', module: 'src/app/routes/volumes.tsx' },
  { name: 'simulator', module: 'src/app/routes/simulator.tsx' },
];

/** The near-empty screen every other is compared with: the not-found page (the shell and a heading). */
export const EMPTY_ROUTE = { name: 'empty page (not found)', module: 'src/app/routes/not-found.tsx' };

/** The mock backend (msw and the engine), loaded by the app's entry beside the screens. */
export const MOCK_BACKEND_MODULE = 'src/mocks/browser.ts';

/** The JavaScript files loaded before `modules` can run: their chunks and everything those import statically. */
export function staticClosure(manifest, modules) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The build manifest has no chunk for ${key}`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of modules) visit(key);
  return [...files].filter((file) => file.endsWith('.js'));
}

/** The manifest key of the HTML entry. */
export function entryKey(manifest) {
  const key = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!key) throw new Error('The build manifest has no entry');
  return key;
}

/** Bytes of `files` once gzipped (`sizeOf` gives one file's), leaving out the mock backend's chunk. */
export function firstPaintBytes(manifest, route, sizeOf) {
  const mock = manifest[MOCK_BACKEND_MODULE]?.file;
  return staticClosure(manifest, [entryKey(manifest), route])
    .filter((file) => file !== mock)
    .reduce((sum, file) => sum + sizeOf(file), 0);
}

/** gzip size (level 9, as Vite reports it) of a built file, cached per file. */
export function gzipSizer(outDir) {
  const cache = new Map();
  return (file) => {
    if (!cache.has(file)) cache.set(file, gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length);
    return cache.get(file);
  };
}

export function readManifest(outDir) {
  return JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'));
}
