import { get, type FieldErrors, type FieldValues } from 'react-hook-form';

/** The message of the error at a dotted field path, e.g. `spec.components.0.name`. */
export function fieldError<T extends FieldValues>(errors: FieldErrors<T>, path: string): string | undefined {
  const error: { message?: unknown } | undefined = get(errors, path);
  return typeof error?.message === 'string' && error.message ? error.message : undefined;
}
