/* global window */
// The browser measurements: each sample is a fresh page on the fleet-scale world (clock paused, so the screens do
// the same work every time), measured against an empty page in the same browser, with the same service worker.
// Every page opens with `?world=shared`, so the world runs in its SharedWorker as it does for a person (a page
// under automation would otherwise hold it on its own main thread); Playwright never sees that worker's script
// finish loading, so navigations wait for the DOM and then for what the screen shows, never for an idle network.
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
const domReady = { waitUntil: 'domcontentloaded' };

async function newPage(browser, baseUrl) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, baseURL: baseUrl });
  await context.addInitScript(installProbes);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp, errors };
}

const setClock = async (page, body) => {
  const status = await page.evaluate(
    async (json) => (await fetch('/api/simulator/clock', { method: 'POST', headers: { 'content-type': 'application/json' }, body: json })).status,
    JSON.stringify(body),
  );
  if (status >= 300) throw new Error(`could not set the simulated clock to ${JSON.stringify(body)} (${status})`);
};

/** ms from the navigation's start until `kind` (`list` or `empty`) painted, for the page just loaded. */
async function loadedMs(page, kind) {
  const ms = await page.evaluate((k) => window.__gantryBench.loaded(k), kind);
  if (ms === undefined) throw new Error(`the page never showed ${kind === 'list' ? 'a first row' : 'its heading'}`);
  return ms;
}

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
  const { context, page, cdp, errors } = await newPage(browser, baseUrl);
  await cdp.send('Performance.enable');
  const result = {};
  try {
    const started = Date.now();
    await page.goto('/catalog?scenario=fleet-scale&seed=1&world=shared', domReady);
    await page.getByRole('button', { name: 'Run simulation' }).waitFor({ timeout: 120_000 });
    result.startupMs = Date.now() - started;
    await setClock(page, { paused: true });
    await page.getByRole('heading', { level: 1, name: 'Catalog' }).waitFor();
    await settle(1000);

    result.emptyNavMs = await page.evaluate(() => window.__gantryBench.navigate('/bench-empty', 'empty'));
    await page.reload(domReady);
    result.emptyReloadMs = await loadedMs(page, 'empty');
    await settle(1000);
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

    // The fleet-scale world was saved with the clock's pause: a reload finds it again.
    await page.evaluate(() => window.__gantryBench.navigate('/deployments', 'list'));
    await page.reload(domReady);
    result.reloadMs = await loadedMs(page, 'list');
    log(`  reload to the first row ${result.reloadMs.toFixed(0)} ms`);
  } finally {
    await context.close();
  }
  if (errors.length) log(`  page errors: ${errors.join('; ')}`);
  return result;
}

/**
 * The list at fleet scale with the clock at 60×: long tasks on the page's main thread in `seconds`, beside the same
 * window with the clock paused.
 */
async function mainThread(browser, baseUrl, seconds, log) {
  const { context, page, errors } = await newPage(browser, baseUrl);
  const window_ = async () => {
    const from = await page.evaluate(() => window.__gantryBench.now());
    await settle(seconds * 1000);
    return page.evaluate((f) => window.__gantryBench.longTasksSince(f), from);
  };
  const simulatedNow = async () => Date.parse((await apiGet(page, '/api/simulator/status')).now);
  try {
    await page.goto('/deployments?scenario=fleet-scale&seed=1&world=shared', domReady);
    await loadedMs(page, 'list');
    await setClock(page, { paused: true });
    await settle(2000);
    const paused = await window_();
    const before = await simulatedNow();
    await setClock(page, { paused: false, speed: 60 });
    const running = await window_();
    const simulatedSeconds = ((await simulatedNow()) - before) / 1000;
    await setClock(page, { paused: true });
    log(`  main thread: ${running.count} long tasks at 60× (${paused.count} paused), ${simulatedSeconds.toFixed(0)} simulated s`);
    return { seconds, paused, running, simulatedSeconds };
  } finally {
    await context.close();
    if (errors.length) log(`  page errors: ${errors.join('; ')}`);
  }
}

/** A first visit (a fresh context: no service worker, cache or save yet) with the CPU throttled 4×. */
async function throttledVisit(browser, baseUrl, path, kind) {
  const { context, page, cdp, errors } = await newPage(browser, baseUrl);
  let ms;
  try {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(path, domReady);
    ms = await loadedMs(page, kind);
  } finally {
    await context.close();
  }
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  return ms;
}

/**
 * Runs `samples` fresh pages, then the main-thread window (`mainThreadSeconds`) and `samples` throttled first
 * visits; returns every timing and the browser's version.
 */
export async function measureBrowser({ baseUrl, samples, mainThreadSeconds, log }) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--disable-gpu', '--disable-quic'] });
  // A benchmark, not a test: a part that fails is named, and the others are still measured.
  const failed = [];
  const attempt = async (name, measure) => {
    try {
      return await measure();
    } catch (e) {
      log(`  ${name} failed: ${e instanceof Error ? e.message : String(e)}`);
      failed.push(name);
      return undefined;
    }
  };
  try {
    const results = [];
    for (let i = 0; i < samples; i++) {
      log(`browser sample ${i + 1} of ${samples}…`);
      const result = await attempt(`browser sample ${i + 1}`, () => sample(browser, baseUrl, log));
      if (result) results.push(result);
    }
    log(`main thread: ${mainThreadSeconds} s paused, then ${mainThreadSeconds} s at 60×…`);
    const main = await attempt('main thread at 60×', () => mainThread(browser, baseUrl, mainThreadSeconds, log));
    const throttled = [];
    for (let i = 0; i < samples; i++) {
      log(`first visit, CPU 4× slower, ${i + 1} of ${samples}…`);
      // The near-empty page and the list take turns to go first, so load on the machine falls on both alike.
      const empty = () => throttledVisit(browser, baseUrl, '/bench-empty?world=shared', 'empty');
      const list = () => throttledVisit(browser, baseUrl, '/deployments?world=shared', 'list');
      const visit = await attempt(`throttled first visit ${i + 1}`, async () => {
        if (i % 2 === 0) return { emptyMs: await empty(), listMs: await list() };
        const listMs = await list();
        return { emptyMs: await empty(), listMs };
      });
      if (visit) throttled.push(visit);
    }
    return { version: browser.version(), results, mainThread: main, throttled, failed };
  } finally {
    await browser.close();
  }
}
