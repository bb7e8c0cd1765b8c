import { describe, expect, it } from 'vitest';
import { nextShortcut, SEQUENCE_TIMEOUT_MS, SHORTCUTS, type KeyContext, type KeyPress, type SequenceState } from './key-sequence';

const free: KeyContext = { typing: false, dialogOpen: false };

/** Feeds presses in order and returns every action taken and the last result. */
function press(keys: readonly (Partial<KeyPress> & { key: string })[], context: KeyContext = free) {
  let state: SequenceState = {};
  const actions = [];
  let last;
  for (const [i, key] of keys.entries()) {
    last = nextShortcut(state, { time: i * 100, ...key }, context);
    state = last.state;
    if (last.action) actions.push(last.action);
  }
  return { actions, last: last!, state };
}

describe('nextShortcut', () => {
  it.each([
    ['d', '/deployments'],
    ['c', '/catalog'],
    ['n', '/networks'],
    ['v', '/volumes'],
    ['s', '/simulator'],
    ['e', '/devices'],
  ])('g %s goes to %s', (second, to) => {
    const { actions } = press([{ key: 'g' }, { key: second }]);
    expect(actions).toEqual([expect.objectContaining({ kind: 'navigate', to })]);
  });

  it('holds g until the second key, and handles both presses', () => {
    const first = nextShortcut({}, { key: 'g', time: 0 }, free);
    expect(first).toEqual({ state: { pending: { key: 'g', time: 0 } }, handled: true });
    const second = nextShortcut(first.state, { key: 'd', time: 400 }, free);
    expect(second.handled).toBe(true);
    expect(second.state).toEqual({});
  });

  it('forgets a g after the timeout', () => {
    const first = nextShortcut({}, { key: 'g', time: 0 }, free);
    expect(nextShortcut(first.state, { key: 'd', time: SEQUENCE_TIMEOUT_MS }, free).action).toBeDefined();
    const late = nextShortcut(first.state, { key: 'd', time: SEQUENCE_TIMEOUT_MS + 1 }, free);
    expect(late).toEqual({ state: {}, handled: false });
  });

  it('a second key that completes nothing drops the g and is judged on its own', () => {
    expect(press([{ key: 'g' }, { key: 'x' }]).last).toEqual({ state: {}, handled: false });
    expect(press([{ key: 'g' }, { key: '?' }]).actions).toEqual([{ kind: 'open-cheat-sheet' }]);
    expect(press([{ key: 'g' }, { key: 'g' }, { key: 'c' }]).actions).toEqual([expect.objectContaining({ to: '/catalog' })]);
  });

  it('d or c alone does nothing', () => {
    expect(press([{ key: 'd' }, { key: 'c' }]).actions).toEqual([]);
  });

  it('/ focuses the search and ? opens the cheat sheet', () => {
    expect(press([{ key: '/' }]).actions).toEqual([{ kind: 'focus-search' }]);
    expect(press([{ key: '?' }]).actions).toEqual([{ kind: 'open-cheat-sheet' }]);
  });

  it.each(['ctrlKey', 'metaKey', 'altKey'] as const)('leaves presses with %s to the browser', (modifier) => {
    expect(press([{ key: '/', [modifier]: true }]).last.handled).toBe(false);
    expect(press([{ key: 'g', [modifier]: true }, { key: 'd' }]).actions).toEqual([]);
    expect(press([{ key: 'g' }, { key: 'd', [modifier]: true }]).actions).toEqual([]);
  });

  it('ignores everything while typing in a field', () => {
    const typing = { typing: true, dialogOpen: false };
    expect(press([{ key: 'g' }, { key: 'd' }], typing)).toEqual({ actions: [], last: { state: {}, handled: false }, state: {} });
    expect(press([{ key: '/' }], typing).actions).toEqual([]);
    expect(press([{ key: '?' }], typing).actions).toEqual([]);
  });

  it('leaves the keyboard to an open dialog, Escape included', () => {
    const dialog = { typing: false, dialogOpen: true };
    for (const key of ['g', 'd', '/', '?', 'Escape']) expect(press([{ key }], dialog).last.handled).toBe(false);
  });

  it('lists each shortcut once, every g sequence with its own second key', () => {
    const keys = SHORTCUTS.map((s) => s.keys.join(' '));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(['?', '/', 'g d', 'g c', 'g e', 'g n', 'g v', 'g s']);
  });
});
