// The Seed box's rule, loaded with the form's first check (lazyZodResolver).
import { z } from 'zod';

import { MAX_SEED } from './seed';

export const seedForm = z.object({
  seed: z
    .string()
    .trim()
    .regex(/^\d+$/, 'Seed is a whole number, e.g. 1')
    .transform(Number)
    .pipe(z.number().max(MAX_SEED, `Seed is at most ${MAX_SEED}`)),
});
export type SeedFormInput = z.input<typeof seedForm>;
export type SeedFormOutput = z.output<typeof seedForm>;
