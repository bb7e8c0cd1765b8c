import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api';
import { isFormField, serverProblems } from './server-problems';

describe('serverProblems', () => {
  it('puts a named form field at the field', () => {
    const error = new ApiError({ status: 409, code: 'name-taken', message: 'nav-stack v2.3.0 already exists', field: 'metadata.version' });
    expect(serverProblems(error)).toEqual({ fields: [{ path: 'metadata.version', message: 'nav-stack v2.3.0 already exists' }] });
  });

  it('puts each issue of a 400 at its field', () => {
    const error = new ApiError({
      status: 422,
      code: 'invalid-body',
      message: 'two problems',
      field: 'spec.components.0.restart',
      issues: [
        { field: 'spec.components.0.restart', message: 'restart policy must be one of always, onfailure, never' },
        { field: 'spec.components.1.executables.0.image', message: 'image is required' },
      ],
    });
    expect(serverProblems(error).fields.map((f) => f.path)).toEqual(['spec.components.0.restart', 'spec.components.1.executables.0.image']);
    expect(serverProblems(error).general).toBeUndefined();
  });

  it('keeps the message for what the form cannot show', () => {
    const error = new ApiError({ status: 422, code: 'invalid-package', message: 'image size must be between 1 and 10240 MB', field: 'spec.components.0.executables.0.builds.0.sizeMB' });
    expect(serverProblems(error)).toEqual({ fields: [], general: 'image size must be between 1 and 10240 MB' });
    expect(serverProblems(error, () => true).fields).toHaveLength(1);
    expect(serverProblems(new ApiError({ status: 403, code: 'forbidden', message: 'Viewers cannot add packages' }))).toEqual({
      fields: [],
      general: 'Viewers cannot add packages',
    });
    expect(serverProblems(new Error('offline')).general).toBe('offline');
  });

  it('knows the form’s fields', () => {
    expect(isFormField('spec.components.3.ros.distro')).toBe(true);
    expect(isFormField('spec.components.0.executables.2.command')).toBe(true);
    expect(isFormField('spec.components.0.ros.topics')).toBe(false);
  });
});
