import '@testing-library/jest-dom/vitest';

// jsdom has no layout, so no ResizeObserver; Radix measures radios and tooltip arrows with it.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
