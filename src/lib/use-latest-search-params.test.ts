import { describe, expect, it } from 'vitest';
import { nextBase } from './use-latest-search-params';

describe('nextBase', () => {
  it('builds on the last change asked for while it is still on its way', () => {
    expect(nextBase('q=lidar', { rendered: 'q=lidar', pending: [''] }).base).toBe('');
    expect(nextBase('q=l', { rendered: '', pending: ['q=l', 'q=li', 'q=lid'] })).toEqual({
      base: 'q=lid',
      state: { rendered: 'q=l', pending: ['q=li', 'q=lid'] },
    });
  });

  it('keeps building on pending changes while the same URL renders again', () => {
    const afterClear = nextBase('q=lidar', { rendered: 'q=lidar', pending: [''] });
    expect(nextBase('q=lidar', afterClear.state).base).toBe('');
  });

  it('drops changes once the URL shows them, and forgets them when the URL moves for another reason', () => {
    expect(nextBase('a=1&b=2', { rendered: 'a=1', pending: ['a=1&b=2'] })).toEqual({ base: 'a=1&b=2', state: { rendered: 'a=1&b=2', pending: [] } });
    expect(nextBase('tab=logs', { rendered: 'a=1', pending: ['a=1&b=2'] })).toEqual({ base: 'tab=logs', state: { rendered: 'tab=logs', pending: [] } });
  });
});
