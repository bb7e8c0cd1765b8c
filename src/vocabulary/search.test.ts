import { describe, expect, it } from 'vitest';
import { matchesSearch, narrowsSearch, searchNeedle } from './search';

describe('the deployments search', () => {
  it('compares trimmed and in lower case, and an empty search matches everything', () => {
    expect(searchNeedle('  Nav-AMR ')).toBe('nav-amr');
    expect(searchNeedle(undefined)).toBe('');
    expect(matchesSearch('nav', ['Nav-Stack-01', 'dep-abc', 'nav-stack'])).toBe(true);
    expect(matchesSearch('abc', ['vision-01', 'dep-abc', 'vision'])).toBe(true);
    expect(matchesSearch('zz', ['vision-01', 'dep-abc', 'vision'])).toBe(false);
    expect(matchesSearch('', [])).toBe(true);
  });

  it('knows a longer search can only narrow one it contains', () => {
    expect(narrowsSearch('nav', 'na')).toBe(true);
    expect(narrowsSearch(' NAV ', 'av')).toBe(true);
    expect(narrowsSearch('nav', '')).toBe(true);
    expect(narrowsSearch('na', 'nav')).toBe(false);
    expect(narrowsSearch('ota', 'nav')).toBe(false);
  });
});
