// The link-condition form's rules, loaded with the form's first check (lazyZodResolver).
import { z } from 'zod';

const wholeOf = (what: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `${what} is a whole number`)
    .transform(Number)
    .pipe(z.number().min(min, `${what} is ${min} to ${max.toLocaleString('en-GB')}`).max(max, `${what} is ${min} to ${max.toLocaleString('en-GB')}`));
const optionalWhole = (what: string, min: number, max: number) => z.union([z.literal('').transform(() => undefined), wholeOf(what, min, max)]);

export const linkForm = z
  .object({
    latency: wholeOf('Latency', 0, 60_000),
    loss: z
      .string()
      .trim()
      .regex(/^\d+(\.\d+)?$/, 'Loss is a number of percent')
      .transform(Number)
      .pipe(z.number().max(100, 'Loss is 0 to 100 %')),
    bandwidth: optionalWhole('Bandwidth', 1, 10_000_000),
    down: optionalWhole('Down for', 1, 86_400),
    up: optionalWhole('Up for', 1, 86_400),
  })
  .superRefine((v, ctx) => {
    if ((v.down === undefined) !== (v.up === undefined)) {
      const path = v.down === undefined ? 'down' : 'up';
      ctx.addIssue({ code: 'custom', path: [path], message: 'Flapping needs both Down for and Up for (leave both empty for a steady link)' });
    }
  });
export type LinkFormInput = z.input<typeof linkForm>;
export type LinkFormOutput = z.output<typeof linkForm>;
