import { useState } from 'react';

/**
 * The text of a box whose value lives in the URL (a search kept across reloads). The router applies each change a
 * moment after the key press, so a box bound to the URL directly drops the letters typed in between. This keeps what
 * was typed at once, sends every change on, and follows the URL only when it changes for another reason (Clear
 * filters, Back): values arriving that the box sent itself are recognised and skipped.
 */
export function useUrlDraft(value: string, onChange: (text: string) => void): [string, (text: string) => void] {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  const [sent, setSent] = useState<readonly string[]>([]);
  if (value !== seen) {
    setSeen(value);
    // Navigations arrive in order and an interrupted one never arrives, so everything sent before this one is done.
    const own = sent.lastIndexOf(value);
    if (own >= 0) setSent(sent.slice(own + 1));
    else {
      setSent([]);
      setDraft(value);
    }
  }
  const edit = (text: string) => {
    setDraft(text);
    setSent((pending) => [...pending, text]);
    onChange(text);
  };
  return [draft, edit];
}
