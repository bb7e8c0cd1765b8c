import { describe, expect, it } from 'vitest';
import { describeError } from './errors';

describe('describeError', () => {
  it('keeps an API error’s message and code', () => {
    expect(describeError({ message: 'Device is offline', code: 'device-offline', status: 409 })).toEqual({
      message: 'Device is offline',
      code: 'device-offline',
    });
  });

  it('reads plain errors and strings', () => {
    expect(describeError(new Error('boom'))).toEqual({ message: 'boom' });
    expect(describeError('nope')).toEqual({ message: 'nope' });
  });

  it('reads route error responses', () => {
    expect(describeError({ status: 404, statusText: 'Not Found', data: null })).toEqual({ message: 'Not Found', code: '404' });
    expect(describeError({ status: 404, statusText: '', data: { message: 'No such deployment' } })).toEqual({
      message: 'No such deployment',
      code: '404',
    });
  });

  it('never returns an empty message', () => {
    expect(describeError(undefined).message).toBe('Something unexpected happened.');
    expect(describeError({}).message).toBe('Something unexpected happened.');
  });
});
