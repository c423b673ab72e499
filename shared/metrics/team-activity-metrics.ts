import { z } from 'zod';
import type { StudentMetrics } from '../domain/student-metrics';

/**
 * A team's activity totals: sums over its listed students' figures (former students included, staff
 * and unmatched authors not), so a total always equals what the members table adds up to. Computed
 * in the core with the rest of the metrics; the renderer only shows them.
 */
export interface TeamActivityMetric<Id extends string = string> {
  id: Id;
  label: string;
  unit: 'count';
  definition: string;
  isHigherBetter: boolean;
  compute(members: readonly Pick<StudentMetrics, 'commits' | 'mergeRequestsMerged' | 'issuesClosed'>[]): number;
}

function defineActivityMetric<const Id extends string>(metric: TeamActivityMetric<Id>): TeamActivityMetric<Id> {
  return metric;
}

/** In the order the overview shows them, after the pipeline metrics. */
export const teamActivityMetrics = [
  defineActivityMetric({
    id: 'commits',
    label: 'Commits',
    unit: 'count',
    definition: "The sum of the team's students' commits: distinct non-merge commits reachable from a branch, committed in the window, matched to a student.",
    isHigherBetter: true,
    compute: (members) => members.reduce((sum, m) => sum + m.commits, 0),
  }),
  defineActivityMetric({
    id: 'mergeRequestsMerged',
    label: 'MRs merged',
    unit: 'count',
    definition: "Merge requests authored by the team's students and merged in the window (whoever merged them).",
    isHigherBetter: true,
    compute: (members) => members.reduce((sum, m) => sum + m.mergeRequestsMerged, 0),
  }),
  defineActivityMetric({
    id: 'issuesClosed',
    label: 'Issues closed',
    unit: 'count',
    definition: "Issues closed in the window by one of the team's students (GitLab's closed_by).",
    isHigherBetter: true,
    compute: (members) => members.reduce((sum, m) => sum + m.issuesClosed, 0),
  }),
] as const;

export type TeamActivityMetricId = (typeof teamActivityMetrics)[number]['id'];
export type TeamActivityValues = Record<TeamActivityMetricId, number>;

export const TeamActivityValuesSchema = z.object(
  Object.fromEntries(teamActivityMetrics.map((m) => [m.id, z.number().int()])) as Record<TeamActivityMetricId, z.ZodNumber>,
);

export function computeTeamActivity(members: Parameters<TeamActivityMetric['compute']>[0]): TeamActivityValues {
  const values: Record<string, number> = {};
  for (const metric of teamActivityMetrics) values[metric.id] = metric.compute(members);
  // Filled from the same list the type is derived from, one entry per id.
  return values as TeamActivityValues;
}
