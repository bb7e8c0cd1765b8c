// What every create dialog does around its form: send the valid values, close on success, and put a refusal where
// the operator looks for it (at the field the API named, else above the buttons). Closing resets the form, so the
// next opening starts clean.
import { useState, type FormEventHandler } from 'react';
import type { DefaultValues, FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { placeProblem } from '../../lib/problem-fields';

export interface FormDialogSubmitOptions<V extends FieldValues, Valid, Created> {
  form: UseFormReturn<V, unknown, Valid>;
  /** What the form holds when it opens. */
  defaults: DefaultValues<V>;
  /** Wire paths of the request body → the form field that shows a refusal about them. */
  wireFields: Readonly<Record<string, Path<V>>>;
  onOpenChange: (open: boolean) => void;
  /** Sends the valid form; rejects with the API's refusal. */
  send: (values: Valid) => Promise<Created>;
  /** After the dialog closed on success. */
  onCreated: (created: Created) => void;
  /** After a refusal was placed, with the fields it named. */
  onRefused?: (fields: Partial<Record<Path<V>, string>>) => void;
}

export function useFormDialogSubmit<V extends FieldValues, Valid, Created>({
  form,
  defaults,
  wireFields,
  onOpenChange,
  send,
  onCreated,
  onRefused,
}: FormDialogSubmitOptions<V, Valid, Created>): { close: (open: boolean) => void; submit: FormEventHandler<HTMLFormElement>; general: string | undefined } {
  const [general, setGeneral] = useState<string>();

  const close = (next: boolean) => {
    if (!next) {
      form.reset(defaults);
      setGeneral(undefined);
    }
    onOpenChange(next);
  };

  const submit = form.handleSubmit(async (values) => {
    setGeneral(undefined);
    try {
      const created = await send(values);
      close(false);
      onCreated(created);
    } catch (error) {
      const placed = placeProblem(error, wireFields);
      for (const [field, message] of Object.entries(placed.fields) as [Path<V>, string][]) {
        form.setError(field, { message }, { shouldFocus: true });
      }
      setGeneral(placed.general);
      onRefused?.(placed.fields);
    }
  });

  return { close, submit, general };
}
