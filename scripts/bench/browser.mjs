/* global window */
// The browser measurements: each sample is a fresh page on the fleet-scale world (clock paused, so the screens do
// the same work every time), measured against an empty page in the same browser, with the same service worker.
import { chromium } from '@playwright/test';
import { chromiumPath } from '../browser-path.mjs';
import { installProbes } from './page-probes.mjs';
import { expectedDeviceOptions } from './stats.mjs';

/** Typed into `Search deployments`; each query is cleared again with one Backspace after Select all. */
export const SEARCH_QUERIES = ['nav', 'ota-up', 'vision-012', 'zz', 'gateway'];
/** Typed into `Filter devices` in the deploy wizard. */
export const DEVICE_QUERIES = ['amr-01', 'arm32', 'docker'];
const BASELINE_TEXT = 'benchmark';
const WIZARD_PACKAGE = 'nav-stack';

const settle = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize').value / 1e6;
}

/** Types `text` one key at a time, then clears it (Select all, Backspace); ms per keystroke, the clearing one last. */
async function timedTyping(page, text, kind, argFor) {
  const times = [];
  for (let i = 0; i < text.length; i++) {
    await page.evaluate(([k, arg]) => window.__gantryBench.armKeystroke(k, arg), [kind, argFor(text.slice(0, i + 1))]);
    await page.keyboard.press(text[i]);
    times.push(await page.evaluate(() => window.__gantryBench.keystroke()));
  }
  await page.keyboard.press('ControlOrMeta+A');
  await page.evaluate(([k, arg]) => window.__gantryBench.armKeystroke(k, arg), [kind, argFor('')]);
  await page.keyboard.press('Backspace');
  times.push(await page.evaluate(() => window.__gantryBench.keystroke()));
  return times;
}

const apiGet = (page, path) => page.evaluate(async (p) => (await fetch(p)).json(), path);

async function sample(browser, baseUrl, log) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, baseURL: baseUrl });
  await context.addInitScript(installProbes);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const result = {};
  try {
    const started = Date.now();
    await page.goto('/catalog?scenario=fleet-scale&seed=1');
    await page.getByRole('button', { name: 'Run simulation' }).waitFor({ timeout: 120_000 });
    result.startupMs = Date.now() - started;
    const clock = await page.evaluate(async () => {
      const r = await fetch('/api/simulator/clock', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"paused":true}' });
      return r.status;
    });
    if (clock >= 300) throw new Error(`could not pause the simulated clock (${clock})`);
    await page.getByRole('heading', { level: 1, name: 'Catalog' }).waitFor();
    await settle(1000);

    result.emptyNavMs = await page.evaluate(() => window.__gantryBench.navigate('/bench-empty', 'empty'));
    await page.evaluate(() => window.__gantryBench.addBaselineInput());
    result.baselineKeys = await timedTyping(page, BASELINE_TEXT, 'input', (text) => text);
    await page.evaluate(() => window.__gantryBench.removeBaselineInput());
    result.emptyHeapMB = await heapUsed(cdp);

    result.listNavMs = await page.evaluate(() => window.__gantryBench.navigate('/deployments', 'list'));
    await settle(500);
    result.listHeapMB = await heapUsed(cdp);
    await page.getByRole('searchbox', { name: 'Search deployments' }).focus();
    result.searchKeys = [];
    for (const query of SEARCH_QUERIES) result.searchKeys.push(...(await timedTyping(page, query, 'search', () => null)));
    log(`  list ${result.listNavMs.toFixed(0)} ms, search median of ${result.searchKeys.length} keys measured`);

    const packages = await apiGet(page, '/api/v2/packages');
    const pkg = packages.items.find((p) => p.metadata.name === WIZARD_PACKAGE);
    result.pickerNavMs = await page.evaluate((path) => window.__gantryBench.navigate(path, 'picker'), `/catalog/${pkg.metadata.guid}/deploy`);
    const filter = page.getByRole('searchbox', { name: 'Filter devices' });
    if ((await filter.count()) > 0) {
      const options = await page.evaluate(() => window.__gantryBench.deviceOptions());
      result.deviceOptions = options.length - 1;
      await filter.focus();
      result.filterKeys = [];
      for (const query of DEVICE_QUERIES) result.filterKeys.push(...(await timedTyping(page, query, 'filter', (text) => expectedDeviceOptions(options, text))));
    }
  } finally {
    await context.close();
  }
  if (errors.length) log(`  page errors: ${errors.join('; ')}`);
  return result;
}

/** Runs `samples` fresh pages; returns every sample's timings and the browser's version. */
export async function measureBrowser({ baseUrl, samples, log }) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--disable-gpu', '--disable-quic'] });
  try {
    const results = [];
    for (let i = 0; i < samples; i++) {
      log(`browser sample ${i + 1} of ${samples}…`);
      results.push(await sample(browser, baseUrl, log));
    }
    return { version: browser.version(), results };
  } finally {
    await browser.close();
  }
}
