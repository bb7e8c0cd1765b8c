import { onlineManager } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { pauseQueriesOnUnload } from './pause-queries-on-unload';

describe('pauseQueriesOnUnload', () => {
  afterEach(() => onlineManager.setOnline(true));

  it('stops fetching when the page hides and resumes when it shows again', () => {
    const target = new EventTarget();
    pauseQueriesOnUnload(target as unknown as Window);
    target.dispatchEvent(new Event('pagehide'));
    expect(onlineManager.isOnline()).toBe(false);
    target.dispatchEvent(new Event('pageshow'));
    expect(onlineManager.isOnline()).toBe(true);
  });
});
