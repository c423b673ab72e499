import { defineTeamMetric } from './team-metric';

const dayMs = 86_400_000;

export const buildsPerDay = defineTeamMetric({
  id: 'buildsPerDay',
  label: 'Builds per day',
  unit: 'perDay',
  definition:
    'Pipelines created in the window divided by the window’s length in days (fractional days count). A window without a start begins at the first pipeline.',
  isHigherBetter: true,
  isInOverview: true,
  compute: (facts): number | null => {
    const to = Date.parse(facts.window.to);
    const first = facts.pipelines.reduce((min, p) => Math.min(min, Date.parse(p.createdAt)), Number.POSITIVE_INFINITY);
    const from = facts.window.from !== null ? Date.parse(facts.window.from) : first;
    if (!Number.isFinite(from) || to <= from) return null;
    return facts.pipelines.length / ((to - from) / dayMs);
  },
});
