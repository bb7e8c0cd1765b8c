/* global window, document, location, history, requestAnimationFrame, PopStateEvent */
// Runs inside the page (installed as an init script, so the page's content security policy does not apply).
// Every timing is taken with the page's own clock: from the trigger (a navigation started in the page, the
// keystroke's event time, or the document's navigation start for a load) to the first frame painted after the
// screen shows the awaited state. The state is checked once per animation frame, just before that frame paints.
export function installProbes() {
  const labelled = (name) => {
    const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim().startsWith(name));
    return label?.htmlFor ? document.getElementById(label.htmlFor) : undefined;
  };
  const heading = () => document.querySelector('h1')?.textContent.trim();
  const headingsText = () => [...document.querySelectorAll('h2, h3')].map((h) => h.textContent.trim());
  const devicePicker = () => labelled('Select device for deploying the component');

  /** What each probe waits for; `arg` is the probe's parameter. */
  const conditions = {
    empty: () => heading() === 'Page not found' && location.pathname === '/bench-empty',
    list: () => heading() === 'Deployments' && Boolean(document.querySelector('table tbody tr[data-index] th[scope="row"]')),
    picker: () => (devicePicker()?.options.length ?? 0) > 1,
    // The list says it is filtered by the text in the box, and shows that query's rows (not the previous ones, dimmed).
    search: () => {
      const typed = labelled('Search deployments').value.trim();
      const shown = document.querySelector('main')?.textContent.match(/search “([^”]*)”/)?.[1] ?? '';
      const table = document.querySelector('table[aria-rowcount]');
      const settled = table ? table.getAttribute('aria-busy') !== 'true' : headingsText().includes('No deployments match');
      return shown === typed && settled;
    },
    filter: (expectedOptions) => devicePicker()?.options.length === expectedOptions,
    input: (expectedValue) => document.getElementById('bench-baseline-input')?.value === expectedValue,
  };

  let pending;

  // Tasks over 50 ms on this page's main thread, from the document's start.
  const longTasks = [];
  try {
    new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
  } catch {
    // A browser without long-task timing: the bench then reports none.
  }

  /** Resolves with the time from `t0` to the paint of the first frame in which `condition` holds. */
  const untilPainted = (t0, condition, arg) =>
    new Promise((resolve, reject) => {
      const deadline = performance.now() + 30_000;
      const frame = () => {
        if (condition(arg)) {
          // Posted from inside the frame's callback, the message is handled once that frame has been painted.
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - t0);
          channel.port2.postMessage(null);
        } else if (performance.now() > deadline) {
          reject(new Error(`timed out waiting for ${condition.name || 'the screen'}`));
        } else {
          requestAnimationFrame(frame);
        }
      };
      requestAnimationFrame(frame);
    });

  // A load's first row (or the empty page's heading), timed from the navigation's start: watched from the document's
  // start, so the paint is caught however late the bench asks. The watch ends once either shows, or after 2 minutes.
  const loadWatch = new Promise((resolve) => {
    const frame = () => {
      const kind = ['list', 'empty'].find((k) => conditions[k]());
      if (kind) {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ kind, ms: performance.now() });
        channel.port2.postMessage(null);
      } else if (performance.now() < 120_000) {
        requestAnimationFrame(frame);
      } else {
        resolve(undefined);
      }
    };
    requestAnimationFrame(frame);
  });

  window.__gantryBench = {
    /** ms from this document's navigation start to the first painted frame showing `kind` (`list` or `empty`). */
    loaded: (kind) => loadWatch.then((shown) => (shown?.kind === kind ? shown.ms : undefined)),
    /** performance.now(), to mark the start of a window. */
    now: () => performance.now(),
    /** Long tasks that started since `from` (a `now()`): how many, and the total blocking time (each one's time over 50 ms). */
    longTasksSince(from) {
      const tasks = longTasks.filter((task) => task.startTime >= from);
      return { count: tasks.length, blockingMs: tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0) };
    },
    /** A client-side navigation (as a Back or Forward would make) to `path`; ms until `kind` shows. */
    navigate(path, kind) {
      const t0 = performance.now();
      history.pushState(null, '', path);
      window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
      return untilPainted(t0, conditions[kind]);
    },
    /** Arms a probe for the next keystroke: timed from its keydown until `kind` holds after the text changed. */
    armKeystroke(kind, arg) {
      pending = new Promise((resolve, reject) => {
        const onKeyDown = (event) => {
          document.removeEventListener('keydown', onKeyDown, true);
          const t0 = Math.min(event.timeStamp, performance.now());
          const onInput = () => {
            document.removeEventListener('input', onInput, true);
            untilPainted(t0, conditions[kind], arg).then(resolve, reject);
          };
          document.addEventListener('input', onInput, true);
        };
        document.addEventListener('keydown', onKeyDown, true);
      });
    },
    keystroke: () => pending,
    /** The device picker's option texts (to know how many a filter leaves). */
    deviceOptions: () => [...(devicePicker()?.options ?? [])].map((o) => o.textContent),
    /** A bare text box on the empty page: the keystroke baseline. */
    addBaselineInput() {
      const input = document.createElement('input');
      input.id = 'bench-baseline-input';
      input.setAttribute('aria-label', 'Benchmark baseline');
      document.querySelector('main')?.prepend(input);
      input.focus();
    },
    removeBaselineInput: () => document.getElementById('bench-baseline-input')?.remove(),
  };
}
