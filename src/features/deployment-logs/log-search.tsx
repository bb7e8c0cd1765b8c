import { useState } from 'react';
import { Field } from '../../components/field/field';
import { Input } from '../../components/field/input';

export interface LogSearchProps {
  label: string;
  /** The search as the URL holds it (trimmed). */
  value: string;
  onChange: (value: string) => void;
  hint?: string;
}

/**
 * The box keeps what is typed (spaces included) while the URL holds the trimmed text; a change from outside (e.g.
 * Clear filters) replaces what is typed.
 */
export function LogSearch({ label, value, onChange, hint }: LogSearchProps) {
  const [typed, setTyped] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (typed.trim() !== value) setTyped(value);
  }
  return (
    <Field label={label} hint={hint}>
      {(control) => (
        <Input
          {...control}
          type="search"
          value={typed}
          placeholder="Text in the line"
          onChange={(e) => {
            setTyped(e.target.value);
            onChange(e.target.value.trim());
          }}
        />
      )}
    </Field>
  );
}
