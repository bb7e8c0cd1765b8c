import { describe, expect, it } from 'vitest';
import { permissionFor, VIEWER_REASON } from './permission';

describe('permissionFor', () => {
  it('lets operators change the platform', () => {
    expect(permissionFor('operator')).toEqual({ enabled: true });
  });

  it('refuses viewers, saying why', () => {
    expect(permissionFor('viewer')).toEqual({ enabled: false, reason: VIEWER_REASON });
    expect(VIEWER_REASON).toBe('You are signed in as a viewer: only operators can make changes.');
  });

  it('leaves actions enabled while the user is not known yet (the API still refuses a viewer)', () => {
    expect(permissionFor(undefined)).toEqual({ enabled: true });
  });
});
