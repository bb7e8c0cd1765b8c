import { useEffect, useState } from 'react';

/**
 * Whether a frame has been painted since `key` became ready (`undefined`: not ready). Work that only completes a
 * screen (counts, filter choices, rows out of sight) waits for this, so it does not hold up what the frame shows.
 */
export function usePaintedSince(key: string | undefined): boolean {
  const [painted, setPainted] = useState<string>();
  useEffect(() => {
    if (key === undefined || painted === key) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A task queued from an animation frame runs once that frame has been painted.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(key), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [key, painted]);
  return key !== undefined && painted === key;
}
