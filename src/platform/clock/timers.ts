// The timer queue: `state.timers` is a binary min-heap ordered by (at, seq), so scheduling and popping cost
// O(log n) whatever the size of the fleet. Cancelled work is not removed: each handler checks that its timer is
// still current (stage end time, phase, generation) and ignores stale ones.
import type { Timer } from '../types';

export const TIMER_KINDS = [
  'deploy.start',
  'exec',
  'update.replace',
  'update.timeout',
  'deprovision.finish',
  'device.boot',
  'network.provision',
  'network.ready',
  'volume.ready',
  'part.recover',
  'bridge.link',
  'bridge.flap',
] as const;
export type TimerKind = (typeof TIMER_KINDS)[number];

const before = (a: Timer, b: Timer): boolean => a.at < b.at || (a.at === b.at && a.seq < b.seq);

export function pushTimer(heap: Timer[], timer: Timer): void {
  heap.push(timer);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!before(heap[i] as Timer, heap[parent] as Timer)) break;
    [heap[i], heap[parent]] = [heap[parent] as Timer, heap[i] as Timer];
    i = parent;
  }
}

export function peekTimer(heap: Timer[]): Timer | undefined {
  return heap[0];
}

export function popTimer(heap: Timer[]): Timer | undefined {
  const top = heap[0];
  const last = heap.pop();
  if (heap.length === 0 || last === undefined) return top;
  heap[0] = last;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let least = i;
    if (l < heap.length && before(heap[l] as Timer, heap[least] as Timer)) least = l;
    if (r < heap.length && before(heap[r] as Timer, heap[least] as Timer)) least = r;
    if (least === i) break;
    [heap[i], heap[least]] = [heap[least] as Timer, heap[i] as Timer];
    i = least;
  }
  return top;
}
