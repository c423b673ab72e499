import type { RouteResult } from './route-types';
import type { ListView, SortedCache } from './sorted-index';
import { createView, selectKeyRange } from './sorted-index';

/** A filter on a list; `ranged` filters use the sort key and cost a binary search instead of a scan. */
export interface ListFilter<T> {
  test: (item: T) => boolean;
}

export interface ListQueryPlan<T> {
  cache: SortedCache<T>;
  orderField: string;
  keyOf: (item: T) => number;
  isDescending: boolean;
  /** Inclusive bounds on the sort key itself (e.g. updated_after when ordering by updated_at). */
  keyMin: number | null;
  keyMax: number | null;
  filters: ListFilter<T>[];
}

/**
 * Runs a list query against a sorted cache: a binary search for key bounds, then a scan only when
 * other filters are present. An unfiltered page therefore costs O(log n + page size).
 */
export function runListQuery<T>(plan: ListQueryPlan<T>): ListView<T> {
  const sorted = plan.cache.sortedBy(plan.orderField, plan.keyOf);
  const [start, end] = selectKeyRange(sorted.keys, plan.keyMin, plan.keyMax);
  if (plan.filters.length === 0) return createView(sorted.items, start, end, plan.isDescending);
  const kept: T[] = [];
  for (let index = start; index < end; index += 1) {
    const item = sorted.items[index];
    if (item !== undefined && plan.filters.every((filter) => filter.test(item))) kept.push(item);
  }
  return createView(kept, 0, kept.length, plan.isDescending);
}

/** Adds an inclusive time window as a scanning filter (for fields other than the sort key). */
export function addTimeWindow<T>(filters: ListFilter<T>[], timeOf: (item: T) => string, min: number | null, max: number | null): void {
  if (min === null && max === null) return;
  filters.push({
    test: (item) => {
      const ms = Date.parse(timeOf(item));
      return (min === null || ms >= min) && (max === null || ms <= max);
    },
  });
}

/** Reads several date parameters at once; the first invalid one becomes a 400 answer. */
export function readTimeParameters<K extends string>(
  names: readonly K[],
  read: (name: K) => number | null | RouteResult,
): { values: Record<K, number | null> } | { error: RouteResult } {
  const values = {} as Record<K, number | null>;
  for (const name of names) {
    const value = read(name);
    if (typeof value === 'object' && value !== null) return { error: value };
    values[name] = value;
  }
  return { values };
}
