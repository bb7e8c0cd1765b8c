import { useEffect, useState } from 'react';

/**
 * Whether a frame has been painted since `key` became ready (`undefined`: not ready). The platform answers from
 * this page's own thread, so a read started as the rows arrive would run before they are shown: reads that only
 * complete the screen (counts, filter choices) wait for this.
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
