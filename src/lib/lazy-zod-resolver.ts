// A react-hook-form resolver whose zod schema (and zod, and the resolver glue) load on the first check instead of
// with the screen: forms are used on a fraction of visits, and a check waits a few milliseconds once at most.
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

export function lazyZodResolver<Input extends FieldValues, Output = Input>(loadSchema: () => Promise<z.ZodType>): Resolver<Input, unknown, Output> {
  let resolver: Promise<Resolver<Input, unknown, Output>> | undefined;
  const load = async () => {
    const [{ zodResolver }, schema] = await Promise.all([import('@hookform/resolvers/zod'), loadSchema()]);
    // The schema's input and output are the form's Input and Output by the caller's choice of `loadSchema`.
    return zodResolver(schema as z.ZodType<Output, Input>) as unknown as Resolver<Input, unknown, Output>;
  };
  return async (values, context, options) => {
    resolver ??= load().catch((e: unknown) => {
      resolver = undefined;
      throw e;
    });
    return (await resolver)(values, context, options);
  };
}
