import { memoizeByFacts } from './memoize-by-facts';
import type { TeamFacts } from './team-facts';
import { defineTeamMetric } from './team-metric';

/** Durations of the window's finished pipelines (success or failed) that have one, ascending. */
export const listFinishedDurations = memoizeByFacts((facts: TeamFacts): readonly number[] => {
  const durations: number[] = [];
  for (const p of facts.pipelines) {
    if ((p.status === 'success' || p.status === 'failed') && p.durationS !== null) durations.push(p.durationS);
  }
  return durations.sort((a, b) => a - b);
});

/** Nearest-rank percentile: the smallest value with at least q of the values at or below it. */
export function nearestRank(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1] ?? null;
}

const scope =
  'over the window’s pipelines that ended with success or failed and have a duration (the union of their jobs’ running time, queueing and gaps between stages excluded)';

export const meanPipelineDuration = defineTeamMetric({
  id: 'meanDurationS',
  label: 'Mean duration',
  unit: 'seconds',
  definition: `Mean pipeline duration ${scope}.`,
  isHigherBetter: false,
  isInOverview: false,
  compute: (facts): number | null => {
    const durations = listFinishedDurations(facts);
    return durations.length === 0 ? null : durations.reduce((a, b) => a + b, 0) / durations.length;
  },
});

export const medianPipelineDuration = defineTeamMetric({
  id: 'medianDurationS',
  label: 'Median duration',
  unit: 'seconds',
  definition: `Median pipeline duration (the mean of the middle two for an even count) ${scope}.`,
  isHigherBetter: false,
  isInOverview: true,
  compute: (facts): number | null => {
    const d = listFinishedDurations(facts);
    if (d.length === 0) return null;
    const mid = Math.floor(d.length / 2);
    return d.length % 2 === 1 ? (d[mid] ?? null) : ((d[mid - 1] ?? 0) + (d[mid] ?? 0)) / 2;
  },
});

export const p95PipelineDuration = defineTeamMetric({
  id: 'p95DurationS',
  label: 'P95 duration',
  unit: 'seconds',
  definition: `95th percentile of pipeline duration (nearest rank) ${scope}.`,
  isHigherBetter: false,
  isInOverview: false,
  compute: (facts): number | null => nearestRank(listFinishedDurations(facts), 0.95),
});
