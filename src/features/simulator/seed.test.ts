import { describe, expect, it } from 'vitest';
import { MAX_SEED } from './seed';
import { seedForm } from './seed-schema';

const parse = (seed: string) => seedForm.safeParse({ seed });

describe('seed form', () => {
  it('reads a whole number', () => {
    expect(parse(' 42 ')).toMatchObject({ success: true, data: { seed: 42 } });
    expect(parse('0')).toMatchObject({ success: true, data: { seed: 0 } });
    expect(parse(String(MAX_SEED)).success).toBe(true);
  });

  it('says what is wrong with anything else', () => {
    expect(parse('').error?.issues[0]?.message).toBe('Seed is a whole number, e.g. 1');
    expect(parse('1.5').error?.issues[0]?.message).toBe('Seed is a whole number, e.g. 1');
    expect(parse('-3').success).toBe(false);
    expect(parse(String(MAX_SEED + 1)).error?.issues[0]?.message).toBe(`Seed is at most ${MAX_SEED}`);
  });
});
