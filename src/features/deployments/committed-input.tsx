import { useState, type InputHTMLAttributes } from 'react';
import { Input } from '../../components/field/input';

export interface CommittedInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  value: string;
  /** Receives the text once the operator presses Enter or leaves the box. */
  onCommit: (value: string) => void;
}

/**
 * A text box whose value lives elsewhere (the URL) but which must not lag or lose keystrokes: it edits a draft and
 * commits it; when the outside value changes for another reason (Clear filters, Back) the draft follows it.
 */
export function CommittedInput({ value, onCommit, onKeyDown, onBlur, ...rest }: CommittedInputProps) {
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
