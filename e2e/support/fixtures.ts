// Shared Playwright fixtures: every page fails its test on a console error or an uncaught exception, and tests
// start a named scenario afresh through the UI contract's URL parameters.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { resourceView } from './resource-views';

export interface StartOptions {
  scenario?: string;
  seed?: number;
  speed?: number;
  /** Freeze the simulated clock once the app is up, so the test moves time itself with `sim.advance`. */
  paused?: boolean;
}

/**
 * The shell paints before the in-browser platform listens; the header's clock toggle appears once the platform has
 * answered, so API calls made from the page after that reach it.
 */
export async function platformAnswers(page: Page) {
  // includeHidden: an open dialog hides the header from the accessibility tree, not from sight.
  await expect(page.getByRole('button', { name: 'Run simulation', includeHidden: true })).toBeVisible();
}

/** The simulator REST API, called from inside the page so the service worker answers (as it does for the app). */
export function simulator(page: Page) {
  /** Any request from inside the page, answered as it is: refusals a test provokes on purpose included. */
  const request = async (method: string, path: string, body?: unknown) => {
    await platformAnswers(page);
    return page.evaluate(
      async ({ method, path, body }) => {
        const r = await fetch(path, {
          method,
          headers: body === undefined ? {} : { 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        return { status: r.status, contentType: r.headers.get('content-type') ?? '', json: await r.json().catch(() => null) };
      },
      { method, path, body },
    );
  };
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await request(method, path, body);
    expect(res.status, `${method} ${path} → ${JSON.stringify(res.json)}`).toBeLessThan(300);
    return res.json;
  };
  return {
    pause: () => call('POST', '/api/simulator/clock', { paused: true }),
    resume: () => call('POST', '/api/simulator/clock', { paused: false }),
    speed: (speed: number) => call('POST', '/api/simulator/clock', { speed }),
    advance: (ms: number) => call('POST', '/api/simulator/clock/advance', { ms }),
    fault: (fault: Record<string, unknown>) => call('POST', '/api/simulator/faults', fault),
    status: () => call('GET', '/api/simulator/status'),
    /** A GET; deployments and packages come as the console reads them (documents joined with telemetry). */
    get: async (path: string): ReturnType<typeof call> => ((await resourceView((p) => call('GET', p), path)) as Awaited<ReturnType<typeof call>>) ?? call('GET', path),
    request,
    /** Replace the simulated network's conditions (`latencyMs`, `failPercent`, `outageSeconds`); `{}` is healthy. */
    network: (conditions: Record<string, unknown>) => call('PUT', '/api/simulator/network', conditions),
  };
}

export type Simulator = ReturnType<typeof simulator>;

/** Open `path` on a fresh scenario and wait until the app shows its navigation. */
export async function start(page: Page, path: string, options: StartOptions = {}): Promise<Simulator> {
  const params = new URLSearchParams({ scenario: options.scenario ?? 'default', seed: String(options.seed ?? 1) });
  if (options.speed !== undefined) params.set('speed', String(options.speed));
  await page.goto(`${path}?${params}`);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await platformAnswers(page);
  const sim = simulator(page);
  if (options.paused) await sim.pause();
  return sim;
}

/** axe with the WCAG 2.2 A/AA rule sets; returns the violations so the assertion shows them. */
export async function axeViolations(page: Page) {
  // Colours mid-transition (a theme switch, a dialog fading in) are not the ones the user settles on.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

export interface FixtureOptions {
  /** The test makes the platform answer 503 on purpose (network conditions): the browser's log of those is expected. */
  expectedServerErrors: boolean;
}

export const test = base.extend<{ consoleErrors: string[] } & FixtureOptions>({
  expectedServerErrors: [false, { option: true }],
  consoleErrors: [
    // Every page of the test's context is watched: journeys that open a second tab are held to the same rule.
    async ({ page, context, expectedServerErrors }, use) => {
      const errors: string[] = [];
      const expected = expectedServerErrors
        ? /Failed to load resource: the server responded with a status of (4\d\d|503)/
        : /Failed to load resource: the server responded with a status of 4\d\d/;
      const watch = (watched: Page) => {
        watched.on('console', (m) => {
          // The browser logs every 4xx answer as "Failed to load resource"; those are the API's refusals the test
          // provokes on purpose (a name taken, an unknown id). Anything else logged as an error fails the test.
          if (m.type() === 'error' && !expected.test(m.text())) {
            errors.push(m.text());
          }
        });
        watched.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
      };
      watch(page);
      context.on('page', watch);
      await use(errors);
      expect(errors, 'console errors and uncaught exceptions during the test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
