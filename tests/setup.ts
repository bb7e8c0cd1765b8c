import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';

// jsdom has no layout, so no ResizeObserver; Radix measures radios and tooltip arrows with it.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

if (typeof document !== 'undefined') {
  // The files of a thread share one DOM (vite.config's `isolate: false`): each starts on a blank page at `/` with
  // empty storage, as a fresh environment would give it, whatever the file before it left behind.
  beforeAll(() => {
    document.head.replaceChildren();
    document.body.replaceChildren();
    for (const name of document.documentElement.getAttributeNames()) document.documentElement.removeAttribute(name);
    window.localStorage.clear();
    window.sessionStorage.clear();
    window.history.replaceState(null, '', '/');
  });
  // Every test's renders are unmounted after it, here once for all files.
  afterEach(cleanup);
}
