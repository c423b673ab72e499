import type { TeamFacts } from './team-facts';

/**
 * How a metric's value reads: a count; a ratio (0..1, shown as a percentage); a percent already on
 * the 0..100 scale (coverage, as GitLab reports it); seconds; or a rate per day.
 */
export type MetricUnit = 'count' | 'ratio' | 'percent' | 'seconds' | 'perDay';

/**
 * Everything the app needs to know about one metric: how it is named and explained (column headers,
 * tooltips, the CSV header, docs/metrics.md), which way is better (sorting), and how it is computed
 * from plain facts. The CLI, the exports and the renderer's tables read these instead of listing
 * columns by hand.
 */
export interface TeamMetric<Id extends string = string, Value extends number | null = number | null> {
  id: Id;
  /** Column header and CLI title, e.g. "Success rate". */
  label: string;
  unit: MetricUnit;
  /** The definition an instructor reads in a tooltip: exactly what is counted. */
  definition: string;
  /** Sorting puts the better teams first by default. */
  isHigherBetter: boolean;
  /** Shown as a column of the course overview (every metric shows on the team page and in exports). */
  isInOverview: boolean;
  compute(facts: TeamFacts): Value;
}

/** Keeps each metric's id as a literal type, so the registry can derive the shape of its values. */
export function defineTeamMetric<const Id extends string, Value extends number | null>(metric: TeamMetric<Id, Value>): TeamMetric<Id, Value> {
  return metric;
}
