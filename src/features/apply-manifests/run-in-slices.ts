// Long work written as a generator that pauses at safe points, run either at once or in slices short enough that
// the page keeps painting and answering input between them.

/** Longest slice before the page gets the main thread back: well under the 100 ms a person notices. */
export const SLICE_MS = 30;

export function runAtOnce<T>(work: Generator<void, T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

const nextTask = () => new Promise<void>((go) => setTimeout(go, 0));

export async function runInSlices<T>(work: Generator<void, T>, sliceMs = SLICE_MS, now = () => performance.now()): Promise<T> {
  let sliceStart = now();
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    if (now() - sliceStart >= sliceMs) {
      await nextTask();
      sliceStart = now();
    }
  }
}
