import type { TeamFacts } from './team-facts';

/**
 * Several metrics read the same derived list (status tallies, sorted durations, failure episodes);
 * computing it once per facts object keeps a course of thousands of pipelines fast. Facts are never
 * mutated after loading, so the cache cannot go stale, and a WeakMap lets it go with the facts.
 */
export function memoizeByFacts<T>(derive: (facts: TeamFacts) => T): (facts: TeamFacts) => T {
  const cache = new WeakMap<TeamFacts, T>();
  return (facts) => {
    if (cache.has(facts)) return cache.get(facts) as T;
    const value = derive(facts);
    cache.set(facts, value);
    return value;
  };
}
