/**
 * A small seeded PRNG (sfc32, seeded through splitmix32) so the demo course is identical on every
 * machine and run. Math.random() would make demos, tests and benchmarks irreproducible.
 */
export interface SeededRandom {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** Uniform float in [min, max). */
  float(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  pickWeighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** Standard normal sample (mean 0, deviation 1). */
  normal(): number;
  poisson(mean: number): number;
  hex(length: number): string;
  /**
   * A new stream derived from this one's seed and a label, independent of how many draws were made,
   * so adding draws in one place does not shift every later draw elsewhere.
   */
  fork(label: string): SeededRandom;
}

function mixSeed(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

function hashLabel(label: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < label.length; index += 1) {
    hash = Math.imul(hash ^ label.charCodeAt(index), 0x01000193) >>> 0;
  }
  return hash;
}

export function createSeededRandom(seed: number): SeededRandom {
  const nextSeed = mixSeed(seed);
  let a = nextSeed();
  let b = nextSeed();
  let c = nextSeed();
  let d = nextSeed();

  const nextUint32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  // The first outputs of sfc32 are weakly mixed; discard a few.
  for (let index = 0; index < 12; index += 1) nextUint32();

  const next = (): number => nextUint32() / 4294967296;

  const random: SeededRandom = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    float: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick() from an empty list');
      return item;
    },
    pickWeighted: (items, weights) => {
      let total = 0;
      for (const weight of weights) total += weight;
      let target = next() * total;
      for (let index = 0; index < items.length; index += 1) {
        target -= weights[index] ?? 0;
        const item = items[index];
        if (target < 0 && item !== undefined) return item;
      }
      const last = items[items.length - 1];
      if (last === undefined) throw new Error('pickWeighted() from an empty list');
      return last;
    },
    normal: () => {
      const u = Math.max(next(), 1e-12);
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
    },
    poisson: (mean) => {
      if (mean <= 0) return 0;
      // Knuth's method is exact but linear in the mean; a rounded normal is plenty for large means.
      if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.normal()));
      const limit = Math.exp(-mean);
      let count = 0;
      let product = next();
      while (product > limit) {
        count += 1;
        product *= next();
      }
      return count;
    },
    hex: (length) => {
      let text = '';
      while (text.length < length) text += nextUint32().toString(16).padStart(8, '0');
      return text.slice(0, length);
    },
    fork: (label) => createSeededRandom(Math.imul(seed ^ 0x5bd1e995, 31) ^ hashLabel(label)),
  };
  return random;
}
