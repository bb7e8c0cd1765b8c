import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { lazyZodResolver } from './lazy-zod-resolver';

const seed = z.object({ seed: z.string().regex(/^\d+$/, 'Seed is a whole number').transform(Number) });
const options = { fields: {}, shouldUseNativeValidation: false } as const;

describe('lazyZodResolver', () => {
  it('loads the schema once, on the first check, and returns the transformed values', async () => {
    const load = vi.fn(async () => seed);
    const resolver = lazyZodResolver<{ seed: string }, { seed: number }>(load);
    expect(load).not.toHaveBeenCalled();
    await expect(resolver({ seed: '42' }, undefined, options)).resolves.toEqual({ values: { seed: 42 }, errors: {} });
    const refused = await resolver({ seed: 'x' }, undefined, options);
    expect(refused.errors.seed?.message).toBe('Seed is a whole number');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed load', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(seed);
    const resolver = lazyZodResolver<{ seed: string }, { seed: number }>(load);
    await expect(resolver({ seed: '1' }, undefined, options)).rejects.toThrow('offline');
    await expect(resolver({ seed: '1' }, undefined, options)).resolves.toMatchObject({ values: { seed: 1 } });
  });
});
