// The `Inject a fault` form's rules, loaded with the form's first check (lazyZodResolver).
import { z } from 'zod';
import { MAX_RECOVERY_SECONDS } from './fault-form';

export const faultForm = z.object({
  deploymentId: z.string().min(1, 'Choose a deployment'),
  component: z.string().min(1, 'Choose a component'),
  executable: z.string(),
  /** Empty: the stopped part stays down until restarted. */
  recoverAfter: z
    .string()
    .trim()
    .regex(/^\d*$/, 'Seconds is a whole number')
    .refine((v) => v === '' || (Number(v) >= 1 && Number(v) <= MAX_RECOVERY_SECONDS), `From 1 to ${MAX_RECOVERY_SECONDS} seconds, or empty`),
});
export type FaultFormInput = z.input<typeof faultForm>;
export type FaultFormOutput = z.output<typeof faultForm>;
