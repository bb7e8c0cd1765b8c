import { describe, expect, it } from 'vitest';
import { refusalMessage } from './refusal';

describe('refusalMessage', () => {
  it('adds what to do next to a known refusal', () => {
    expect(refusalMessage({ code: 'update-in-progress', message: 'nav-amr-01 is already being updated to generation 4' })).toBe(
      'nav-amr-01 is already being updated to generation 4. An update is already rolling out. Wait until it ends, then try again.',
    );
  });

  it('keeps an unknown refusal as the API said it', () => {
    expect(refusalMessage({ code: 'boom', message: 'Something broke' })).toBe('Something broke');
  });
});
