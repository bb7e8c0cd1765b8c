import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { Input } from './input';
import styles from './field.module.css';

/** Props a field hands to its control so the label, hint and error are wired to it. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'aria-required'?: true;
}

export interface FieldProps {
  /** Visible label; also the control's accessible name (use the UI contract's words). */
  label: string;
  /** Keep the label for assistive technology only, e.g. in compact rows whose columns are already titled. */
  hideLabel?: boolean;
  /** Help shown under the control; left out while the error says the same (a rule broken need not be read twice). */
  hint?: ReactNode;
  /** The validation message; when set the control is marked `aria-invalid="true"`. */
  error?: string;
  required?: boolean;
  /** Use a known id instead of a generated one. */
  id?: string;
  /** Renders the control, spreading the given props onto it: `{(control) => <Input {...control} />}`. */
  children: (control: FieldControlProps) => ReactNode;
}

export function Field({ label, hideLabel = false, hint: help, error, required = false, id, children }: FieldProps) {
  const generatedId = useId();
  const hint = help === error ? undefined : help;
  const controlId = id ?? generatedId;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  // The error comes first: a screen reader then reads what is wrong before the general advice.
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;

  return (
    <div className={styles.field}>
      <label htmlFor={controlId} className={hideLabel ? 'sr-only' : styles.label}>
        {label}
        {required && (
          <span className={styles.required} aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {children({
        id: controlId,
        'aria-describedby': describedBy,
        'aria-invalid': error ? true : undefined,
        'aria-required': required ? true : undefined,
      })}
      {error && (
        <p id={errorId} className={styles.error}>
          {error}
        </p>
      )}
      {hint && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
    </div>
  );
}

export interface TextFieldProps
  extends Omit<FieldProps, 'children'>,
    Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'children' | 'required'> {
  ref?: Ref<HTMLInputElement>;
}

/** A labelled text input: the common case of `Field` + `Input`. Other props go to the `<input>`. */
export function TextField({ label, hideLabel, hint, error, required, id, ...input }: TextFieldProps) {
  return (
    <Field label={label} hideLabel={hideLabel} hint={hint} error={error} required={required} id={id}>
      {(control) => <Input {...input} {...control} />}
    </Field>
  );
}
