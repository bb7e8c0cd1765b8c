import { RadioGroup } from 'radix-ui';
import { useId, type ReactNode, type Ref } from 'react';
import styles from './choice-field.module.css';

export interface ChoiceOption {
  value: string;
  /** The radio's accessible name, e.g. `Cloud` or `32 GiB`. */
  label: string;
  /** A second line under the label, e.g. what the choice means. */
  detail?: ReactNode;
  disabled?: boolean;
}

export interface ChoiceFieldProps {
  /** The radio group's accessible name (use the UI contract's words). */
  label: string;
  options: readonly ChoiceOption[];
  value: string | undefined;
  onValueChange: (value: string) => void;
  onBlur?: () => void;
  hint?: ReactNode;
  /** The validation message; when set the group is marked `aria-invalid="true"`. */
  error?: string;
  required?: boolean;
  name?: string;
  /** `segmented` lays short choices (sizes) in one row; `cards` stacks choices that carry a detail line. */
  layout?: 'segmented' | 'cards';
  ref?: Ref<HTMLDivElement>;
}

/** A labelled Radix radio group wired like `Field`: arrow keys move between choices, the error is announced first. */
export function ChoiceField({
  label,
  options,
  value,
  onValueChange,
  onBlur,
  hint,
  error,
  required = false,
  name,
  layout = 'segmented',
  ref,
}: ChoiceFieldProps) {
  const id = useId();
  const labelId = `${id}-label`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={styles.field}>
      <span id={labelId} className={styles.label}>
        {label}
        {required && (
          <span className={styles.required} aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </span>
      <RadioGroup.Root
        ref={ref}
        name={name}
        value={value ?? ''}
        onValueChange={onValueChange}
        onBlur={onBlur}
        aria-labelledby={labelId}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        className={styles.group}
        data-layout={layout}
      >
        {options.map((option, index) => (
          // The label alone names the radio; the detail line describes it, so `Cloud` stays the exact name.
          <RadioGroup.Item
            key={option.value}
            value={option.value}
            disabled={option.disabled}
            className={styles.item}
            aria-labelledby={`${id}-${index}`}
            aria-describedby={option.detail ? `${id}-${index}-detail` : undefined}
          >
            <span className={styles.dot} aria-hidden="true">
              <RadioGroup.Indicator className={styles.indicator} />
            </span>
            <span className={styles.text}>
              <span id={`${id}-${index}`} className={styles.optionLabel}>
                {option.label}
              </span>
              {option.detail && (
                <span id={`${id}-${index}-detail`} className={styles.detail}>
                  {option.detail}
                </span>
              )}
            </span>
          </RadioGroup.Item>
        ))}
      </RadioGroup.Root>
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
