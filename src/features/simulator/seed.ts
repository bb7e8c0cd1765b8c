// The seed a scenario starts from: the same seed and the same actions give the same world.
import { z } from 'zod';

export const MAX_SEED = 2_147_483_647;

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
