import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMissingAncestors, findReachable } from '../../../../electron/core/gitlab/commit-graph';

// a ← b ← c (main), b ← d (feature), and m merges c and e where e is not stored yet.
const graph = new Map<string, string[]>([
  ['a', []],
  ['b', ['a']],
  ['c', ['b']],
  ['d', ['b']],
  ['m', ['c', 'e']],
]);

describe('findMissingAncestors', () => {
  it('is empty when everything a head reaches is stored', () => {
    expect(findMissingAncestors(graph, ['c', 'd'])).toEqual(new Set());
  });

  it('names the frontier where stored history stops', () => {
    expect(findMissingAncestors(graph, ['m'])).toEqual(new Set(['e']));
    expect(findMissingAncestors(graph, ['x'])).toEqual(new Set(['x']));
  });
});

describe('findReachable', () => {
  it('leaves out commits that no head reaches any more', () => {
    expect(findReachable(graph, ['c'])).toEqual(new Set(['a', 'b', 'c']));
    expect(findReachable(graph, ['c', 'd'])).toEqual(new Set(['a', 'b', 'c', 'd']));
  });

  it('returns exactly the stored commits of a linear history below the head', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 59 }), (length, headIndex) => {
        const head = Math.min(headIndex, length - 1);
        const linear = new Map(Array.from({ length }, (_, i) => [`c${i}`, i === 0 ? [] : [`c${i - 1}`]]));
        const reachable = findReachable(linear, [`c${head}`]);
        expect(reachable.size).toBe(head + 1);
        expect(findMissingAncestors(linear, [`c${head}`]).size).toBe(0);
      }),
    );
  });
});
