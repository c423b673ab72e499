/** A list sorted once by a numeric key (ties by id), rebuilt lazily after mutations. */
export interface SortedList<T> {
  keys: number[];
  items: T[];
}

/** A read-only window on a list, possibly reversed, so a page costs O(page) and not O(list). */
export interface ListView<T> {
  length: number;
  at(index: number): T | undefined;
}

export function sortByKey<T>(items: readonly T[], keyOf: (item: T) => number, idOf: (item: T) => number): SortedList<T> {
  const entries = items.map((item) => ({ item, key: keyOf(item), id: idOf(item) }));
  entries.sort((a, b) => a.key - b.key || a.id - b.id);
  return { keys: entries.map((entry) => entry.key), items: entries.map((entry) => entry.item) };
}

/** First index whose key is >= min (or > min when exclusive). */
function lowerBound(keys: number[], min: number, isExclusive: boolean): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const key = keys[middle] ?? 0;
    if (isExclusive ? key <= min : key < min) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The index range [start, end) of keys within [min, max], both inclusive, found by binary search. */
export function selectKeyRange(keys: number[], min: number | null, max: number | null): [number, number] {
  const start = min === null ? 0 : lowerBound(keys, min, false);
  const end = max === null ? keys.length : lowerBound(keys, max, true);
  return [start, Math.max(start, end)];
}

export function createView<T>(items: readonly T[], start: number, end: number, isDescending: boolean): ListView<T> {
  const length = Math.max(0, end - start);
  return {
    length,
    at: (index) => (index < 0 || index >= length ? undefined : items[isDescending ? end - 1 - index : start + index]),
  };
}

/**
 * Caches one sorted copy per sort field. Mutation helpers call invalidate(); the next request
 * sorts again, so steady-state reads never sort.
 */
export class SortedCache<T> {
  private readonly cache = new Map<string, SortedList<T>>();

  constructor(
    private readonly source: () => readonly T[],
    private readonly idOf: (item: T) => number,
  ) {}

  sortedBy(field: string, keyOf: (item: T) => number): SortedList<T> {
    let sorted = this.cache.get(field);
    if (!sorted) {
      sorted = sortByKey(this.source(), keyOf, this.idOf);
      this.cache.set(field, sorted);
    }
    return sorted;
  }

  invalidate(): void {
    this.cache.clear();
  }
}
