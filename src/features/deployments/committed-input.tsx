import { useEffect, useState, type InputHTMLAttributes } from 'react';
import { Input } from '../../components/field/input';

export interface CommittedInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  value: string;
  /** Receives the text once the operator pauses typing (with `debounceMs`), presses Enter or leaves the box. */
  onCommit: (value: string) => void;
  debounceMs?: number;
}

/**
 * A text box whose value lives elsewhere (the URL) but which must not lag or lose keystrokes: it edits a draft and
 * commits it; when the outside value changes for another reason (Clear filters, Back) the draft follows it.
 */
export function CommittedInput({ value, onCommit, debounceMs, onKeyDown, onBlur, ...rest }: CommittedInputProps) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  const [sent, setSent] = useState<string | null>(null);
  if (value !== seen) {
    setSeen(value);
    if (value !== sent) setDraft(value);
  }
  const commit = (text: string) => {
    if (text === value) return;
    setSent(text);
    onCommit(text);
  };

  useEffect(() => {
    if (debounceMs === undefined || draft === value) return undefined;
    const timer = setTimeout(() => {
      setSent(draft);
      onCommit(draft);
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [draft, value, debounceMs, onCommit]);

  return (
    <Input
      {...rest}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit(draft);
        onKeyDown?.(event);
      }}
      onBlur={(event) => {
        commit(draft);
        onBlur?.(event);
      }}
    />
  );
}
