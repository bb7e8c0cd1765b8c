import { useEffect, useState } from 'react';
import { afterNextPaint } from './after-paint';

/**
 * Whether a frame has been painted since `key` became ready (`undefined`: not ready). Work that only completes a
 * screen (counts, filter choices, rows out of sight) waits for this, so it does not hold up what the frame shows.
 */
export function usePaintedSince(key: string | undefined): boolean {
  const [painted, setPainted] = useState<string>();
  useEffect(() => {
    if (key === undefined || painted === key) return undefined;
    return afterNextPaint(() => setPainted(key));
  }, [key, painted]);
  return key !== undefined && painted === key;
}
