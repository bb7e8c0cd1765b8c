import { describe, expect, it } from 'vitest';
import { placeProblem } from './problem-fields';

const wire = { 'metadata.name': 'name', 'spec.capacity': 'capacity' } as const;

describe('placeProblem', () => {
  it('puts a refusal at the field it names', () => {
    expect(placeProblem({ message: 'a volume named x already exists', field: 'metadata.name' }, wire)).toEqual({
      fields: { name: 'a volume named x already exists' },
    });
  });

  it('places each issue of a multi-field problem', () => {
    const error = {
      message: 'Invalid body',
      issues: [
        { field: 'metadata.name', message: 'Name is required' },
        { field: 'spec.capacity', message: 'Capacity in GiB is required' },
      ],
    };
    expect(placeProblem(error, wire)).toEqual({ fields: { name: 'Name is required', capacity: 'Capacity in GiB is required' } });
  });

  it('keeps what no field claims as the general message', () => {
    expect(placeProblem({ message: 'Only operators can create volumes', code: 'forbidden' }, wire)).toEqual({
      fields: {},
      general: 'Only operators can create volumes',
    });
    expect(placeProblem({ message: 'odd', field: 'spec.runtime' }, wire)).toEqual({ fields: {}, general: 'odd' });
  });

  it('never leaves the operator without a message', () => {
    expect(placeProblem(undefined, wire)).toEqual({ fields: {}, general: 'The request failed.' });
  });
});
