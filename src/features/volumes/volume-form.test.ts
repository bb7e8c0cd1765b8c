import { describe, expect, it } from 'vitest';
import { toCreateDiskBody, volumeFormSchema } from './volume-form';

const issues = (values: { name: string; capacity: string }) => {
  const result = volumeFormSchema.safeParse(values);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('volumeFormSchema', () => {
  it('asks for a name and a capacity', () => {
    expect(issues({ name: '', capacity: '' })).toEqual({ name: 'Enter a name.', capacity: 'Choose a capacity.' });
  });

  it('checks the volume naming rule', () => {
    expect(issues({ name: 'ab', capacity: '8' })).toEqual({
      name: 'A volume name is 3 to 75 characters: letters, digits, underscores (_) and hyphens (-).',
    });
    expect(issues({ name: 'scratch data', capacity: '8' })).toHaveProperty('name');
    expect(issues({ name: 'Scratch_2', capacity: '8' })).toEqual({});
  });

  it('accepts only the offered capacities', () => {
    expect(issues({ name: 'abc', capacity: '7' })).toEqual({ capacity: 'Choose one of the offered capacities.' });
  });
});

describe('toCreateDiskBody', () => {
  it('sends the capacity in GiB as a number', () => {
    expect(toCreateDiskBody({ name: 'scratch', capacity: '16' })).toEqual({ metadata: { name: 'scratch' }, spec: { runtime: 'cloud', capacity: 16 } });
  });
});
