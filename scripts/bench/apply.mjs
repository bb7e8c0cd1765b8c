/* global window, requestAnimationFrame */
// Applying a large manifest file on the Apply manifests screen: 500 devices and 1,500 deployments (with the one
// package they run), from Apply to the last row of `Apply results`, and the longest frame the page showed meanwhile.
import { chromium } from '@playwright/test';
import { chromiumPath } from '../browser-path.mjs';

export const APPLY_TARGETS = { applyMs: 10_000, longestFrameMs: 200 };
export const DEVICES = 500;
export const DEPLOYMENTS = 1500;

const API = 'apiVersion: apiextensions.rapyuta.io/v1';

/** The manifest: the package, then the devices, then deployments spread over them. */
export function benchManifest(devices = DEVICES, deployments = DEPLOYMENTS) {
  const docs = [
    `${API}\nkind: Package\nmetadata:\n  name: bench-agent\n  version: 1.0.0\nspec:\n  runtime: device\n  device:\n    arch: amd64\n  executables:\n    - name: agent\n      type: docker\n      command: agent --serve\n      docker:\n        image: registry.example.com/agent:1.0.0\n`,
  ];
  for (let i = 0; i < devices; i++) docs.push(`${API}\nkind: Device\nmetadata:\n  name: bench-robot-${i}\nspec:\n  docker:\n    enabled: true\n`);
  for (let i = 0; i < deployments; i++) {
    docs.push(
      `${API}\nkind: Deployment\nmetadata:\n  name: bench-agent-${i}\n  depends:\n    kind: package\n    nameOrGUID: bench-agent\n    version: 1.0.0\nspec:\n  runtime: device\n  device:\n    depends:\n      kind: device\n      nameOrGUID: bench-robot-${i % devices}\n`,
    );
  }
  return docs.join('---\n');
}

/** Runs in the page: the longest gap between animation frames from now until `stop()` is called. */
function watchFrames() {
  let last = performance.now();
  let longest = 0;
  let running = true;
  const tick = (now) => {
    longest = Math.max(longest, now - last);
    last = now;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.__gantryApplyFrames = () => {
    running = false;
    return longest;
  };
}

export async function measureApply({ baseUrl, log }) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--disable-gpu', '--disable-quic'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, baseURL: baseUrl });
    await page.goto('/apply?scenario=empty-networks&seed=1&world=shared');
    await page.getByRole('button', { name: 'Run simulation' }).waitFor({ timeout: 120_000 });
    await page.evaluate(() => fetch('/api/simulator/clock', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"paused":true}' }));
    const text = benchManifest();
    await page.getByLabel('Upload manifest files').setInputFiles({ name: 'fleet.yaml', mimeType: 'application/yaml', buffer: Buffer.from(text) });
    await page.getByRole('list', { name: 'Manifest files' }).waitFor();
    log(`apply: ${DEVICES} devices and ${DEPLOYMENTS} deployments…`);
    await page.evaluate(watchFrames);
    const started = Date.now();
    await page.getByRole('button', { name: 'Apply' }).click();
    const results = page.getByRole('table', { name: 'Apply results' });
    // Rows appear a step at a time: the apply is over when the last one is there (a header row comes first).
    await results.getByRole('row').nth(DEVICES + DEPLOYMENTS + 1).waitFor({ timeout: 120_000 });
    const applyMs = Date.now() - started;
    const longestFrameMs = await page.evaluate(() => window.__gantryApplyFrames());
    const created = await results.getByRole('cell', { name: 'Created', exact: true }).count();
    return { applyMs, longestFrameMs, created };
  } finally {
    await browser.close();
  }
}

export function applyMeasures(result) {
  if (!result) return [];
  const documents = DEVICES + DEPLOYMENTS + 1;
  return [
    {
      id: 'apply-fleet',
      label: `Apply ${documents.toLocaleString('en-US')} documents (${DEVICES} devices, ${DEPLOYMENTS} deployments), Apply to results (${result.created} created)`,
      unit: 'ms',
      value: result.applyMs,
      target: APPLY_TARGETS.applyMs,
    },
    { id: 'apply-longest-frame', label: 'Longest frame while applying', unit: 'ms', value: result.longestFrameMs, target: APPLY_TARGETS.longestFrameMs },
  ];
}
