import { createContext, useContext } from 'react';

/**
 * "Now" on the simulated platform clock, in epoch milliseconds. The app provides it from the simulator; relative
 * times are measured against it rather than the wall clock, which would drift from the paused or sped-up simulation.
 * Without a provider it is `null` and times are shown absolute, which also keeps component tests deterministic.
 */
export const NowContext = createContext<number | null>(null);

export const useNow = (): number | null => useContext(NowContext);
