// A long list shown a step at a time, a task apart: 2,000 result rows at once would hold the page for a second (#13).
import { useEffect, useState } from 'react';

export const REVEAL_STEP = 200;

export function useRevealedRows<Row>(rows: readonly Row[], step = REVEAL_STEP): readonly Row[] {
  const [shown, setShown] = useState(step);
  useEffect(() => {
    if (shown >= rows.length) return;
    const timer = setTimeout(() => setShown((n) => n + step), 0);
    return () => clearTimeout(timer);
  }, [shown, rows.length, step]);
  return shown >= rows.length ? rows : rows.slice(0, shown);
}
