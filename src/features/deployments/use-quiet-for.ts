import { useEffect, useState } from 'react';

/** Whether `value` has stayed the same for `ms` (true from the first render: only a change starts the wait). */
export function useQuietFor(value: string, ms: number): boolean {
  const [quiet, setQuiet] = useState(value);
  useEffect(() => {
    if (quiet === value) return undefined;
    const timer = setTimeout(() => setQuiet(value), ms);
    return () => clearTimeout(timer);
  }, [value, quiet, ms]);
  return quiet === value;
}
