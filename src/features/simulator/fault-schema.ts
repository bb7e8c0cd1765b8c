// The `Inject a fault` form's rules, loaded with the form's first check (lazyZodResolver).
import { z } from 'zod';

export const faultForm = z.object({
  deploymentId: z.string().min(1, 'Choose a deployment'),
  component: z.string().min(1, 'Choose a component'),
  code: z.string().min(1, 'Choose an error code'),
  executable: z.string(),
});
export type FaultFormInput = z.input<typeof faultForm>;
export type FaultFormOutput = z.output<typeof faultForm>;
