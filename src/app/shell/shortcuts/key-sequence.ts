import { paths } from '../../../lib/paths';

// The app's keyboard shortcuts as a pure state machine: a key press (and where the focus is) goes in, the next state
// and the action to run come out. The hook that listens to the document only translates DOM events, so every rule
// here is tested without a browser.

/** How long `g` waits for its second key: long enough to find it, short enough that a stray `g` is forgotten. */
export const SEQUENCE_TIMEOUT_MS = 1500;

export type ShortcutAction =
  | { kind: 'navigate'; to: string; label: string }
  | { kind: 'focus-search' }
  | { kind: 'open-cheat-sheet' };

export interface Shortcut {
  /** The keys in order, as printed on the cheat sheet. */
  keys: readonly string[];
  description: string;
  action: ShortcutAction;
}

const goTo = (key: string, label: string, to: string): Shortcut => ({
  keys: ['g', key],
  description: `Go to ${label}`,
  action: { kind: 'navigate', to, label },
});

/** Every shortcut, in the order the cheat sheet lists them. */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['?'], description: 'Show keyboard shortcuts', action: { kind: 'open-cheat-sheet' } },
  { keys: ['/'], description: 'Search this page', action: { kind: 'focus-search' } },
  goTo('d', 'Deployments', paths.deployments.href()),
  goTo('c', 'Catalog', paths.catalog.href()),
  goTo('e', 'Devices', paths.devices.href()),
  goTo('n', 'Routed Networks', paths.networks.href()),
  goTo('v', 'Volumes', paths.volumes.href()),
  goTo('s', 'Simulator', paths.simulator.href()),
];

export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** When the key went down, in milliseconds on any monotonic clock. */
  time: number;
}

export interface KeyContext {
  /** The focus is in a text field, a select, an editable region or a widget that reads letters itself. */
  typing: boolean;
  /** A dialog is open: it owns the keyboard (Escape closes it). */
  dialogOpen: boolean;
}

/** The first key of a sequence, waiting for its second one. */
export interface SequenceState {
  pending?: { key: string; time: number };
}

export interface SequenceResult {
  state: SequenceState;
  /** What to do; absent when the press is not (or not yet) a shortcut. */
  action?: ShortcutAction;
  /** The press belongs to a shortcut: the page should not also act on it. */
  handled: boolean;
}

const IDLE: SequenceState = {};
const ignored = (state: SequenceState = IDLE): SequenceResult => ({ state, handled: false });

function find(keys: readonly string[]): Shortcut | undefined {
  return SHORTCUTS.find((s) => s.keys.length === keys.length && s.keys.every((k, i) => k === keys[i]));
}

const startsASequence = (key: string) => SHORTCUTS.some((s) => s.keys.length > 1 && s.keys[0] === key);

export function nextShortcut(state: SequenceState, press: KeyPress, context: KeyContext): SequenceResult {
  // Ctrl/Meta/Alt combinations belong to the browser and the operating system; a dialog or a field owns its keys.
  if (press.ctrlKey || press.metaKey || press.altKey || context.typing || context.dialogOpen) return ignored();

  const pending = state.pending && press.time - state.pending.time <= SEQUENCE_TIMEOUT_MS ? state.pending : undefined;
  if (pending) {
    const sequence = find([pending.key, press.key]);
    if (sequence) return { state: IDLE, action: sequence.action, handled: true };
  }
  if (startsASequence(press.key)) return { state: { pending: { key: press.key, time: press.time } }, handled: true };
  const single = find([press.key]);
  if (single) return { state: IDLE, action: single.action, handled: true };
  return ignored();
}
