// The engine's only source of randomness: mulberry32, whose whole state is one uint32 kept in `PlatformState.rng`,
// so a saved state resumes the exact same sequence.

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** `n` characters of [a-z0-9]. */
  chars(n: number): string;
  uuid(): string;
}

const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';

/** The generator's initial state for a seed (scrambled so that seeds 1, 2, 3 do not start alike). */
export function rngStateFor(seed: number): number {
  return Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
}

export function createRng(holder: { rng: number }): Rng {
  const next = (): number => {
    const a = (holder.rng + 0x6d2b79f5) >>> 0;
    holder.rng = a;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const draw = (alphabet: string, n: number): string => {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[Math.floor(next() * alphabet.length)];
    return out;
  };
  return {
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[int(0, items.length - 1)] as (typeof items)[number];
    },
    chars: (n) => draw(ALPHANUMERIC, n),
    uuid: () => {
      const variant = HEX[8 + int(0, 3)];
      return `${draw(HEX, 8)}-${draw(HEX, 4)}-4${draw(HEX, 3)}-${variant}${draw(HEX, 3)}-${draw(HEX, 12)}`;
    },
  };
}
