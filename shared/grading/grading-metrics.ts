import { pipelineMetrics, type PipelineMetricId } from '../metrics/registry';
import type { MetricUnit } from '../metrics/team-metric';
import { studentFigureIds } from '../metrics/student-figures';

/**
 * The per-student figures a rubric check can be bound to: the numbers `metrics.course` reports for
 * each student, plus each share as a multiple of an equal split (1 = exactly 1/n of the team), which
 * lets one threshold fit teams of any size.
 */
export const studentGradingMetricIds = [...studentFigureIds, 'commitShareOfEqualSplit', 'lineShareOfEqualSplit'] as const;
export type StudentGradingMetricId = (typeof studentGradingMetricIds)[number];

export const teamGradingMetricIds = pipelineMetrics.map((metric) => metric.id) as [PipelineMetricId, ...PipelineMetricId[]];

/** A metric's possible values, so a threshold outside them (a coverage of 140 %) is refused. */
export interface MetricRange {
  min: number;
  max: number | null;
}

function rangeOfUnit(unit: MetricUnit): MetricRange {
  if (unit === 'ratio') return { min: 0, max: 1 };
  if (unit === 'percent') return { min: 0, max: 100 };
  return { min: 0, max: null };
}

/** What a rubric editor needs to offer a metric: its label, unit and range. */
export interface GradingMetricInfo {
  id: string;
  label: string;
  unit: MetricUnit | 'multiple';
  range: MetricRange;
}

const studentMetricInfo: Record<StudentGradingMetricId, Omit<GradingMetricInfo, 'id'>> = {
  commits: { label: 'Commits', unit: 'count', range: { min: 0, max: null } },
  additions: { label: 'Lines added', unit: 'count', range: { min: 0, max: null } },
  deletions: { label: 'Lines deleted', unit: 'count', range: { min: 0, max: null } },
  mergeRequestsOpened: { label: 'Merge requests opened', unit: 'count', range: { min: 0, max: null } },
  mergeRequestsMerged: { label: 'Merge requests merged', unit: 'count', range: { min: 0, max: null } },
  mergeRequestsReviewed: { label: 'Merge requests reviewed', unit: 'count', range: { min: 0, max: null } },
  comments: { label: 'Comments', unit: 'count', range: { min: 0, max: null } },
  commentWordsOnOthers: { label: 'Words in comments on others’ work', unit: 'count', range: { min: 0, max: null } },
  issuesOpened: { label: 'Issues opened', unit: 'count', range: { min: 0, max: null } },
  issuesClosed: { label: 'Issues closed', unit: 'count', range: { min: 0, max: null } },
  buildsBroken: { label: 'Builds broken', unit: 'count', range: { min: 0, max: null } },
  buildsFixed: { label: 'Builds fixed', unit: 'count', range: { min: 0, max: null } },
  commitShare: { label: 'Commit share', unit: 'ratio', range: { min: 0, max: 1 } },
  lineShare: { label: 'Line share', unit: 'ratio', range: { min: 0, max: 1 } },
  commitShareOfEqualSplit: { label: 'Commit share of an equal split', unit: 'multiple', range: { min: 0, max: null } },
  lineShareOfEqualSplit: { label: 'Line share of an equal split', unit: 'multiple', range: { min: 0, max: null } },
};

export const teamGradingMetrics: GradingMetricInfo[] = pipelineMetrics.map((m) => ({ id: m.id, label: m.label, unit: m.unit, range: rangeOfUnit(m.unit) }));
export const studentGradingMetrics: GradingMetricInfo[] = studentGradingMetricIds.map((id) => ({ id, ...studentMetricInfo[id] }));

export function findGradingMetric(scope: 'team' | 'student', id: string): GradingMetricInfo | undefined {
  return (scope === 'team' ? teamGradingMetrics : studentGradingMetrics).find((m) => m.id === id);
}
