import { defineTeamMetric } from './team-metric';

export const latestCoverage = defineTeamMetric({
  id: 'latestCoverage',
  label: 'Coverage',
  unit: 'percent',
  definition: 'Coverage of the most recent default-branch pipeline in the window that has one (the mean of its jobs’ coverage, as GitLab computes it).',
  isHigherBetter: true,
  isInOverview: true,
  compute: (facts): number | null => {
    let latest: { createdAt: string; id: number; coverage: number } | null = null;
    for (const p of facts.pipelines) {
      if (p.ref !== facts.defaultBranch || p.coverage === null) continue;
      if (latest === null || p.createdAt > latest.createdAt || (p.createdAt === latest.createdAt && p.id > latest.id))
        latest = { createdAt: p.createdAt, id: p.id, coverage: p.coverage };
    }
    return latest?.coverage ?? null;
  },
});
