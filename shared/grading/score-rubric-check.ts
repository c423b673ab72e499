import type { GradedCheck } from '../domain/course-grades';
import type { PracticeName, PracticeVerdicts } from '../domain/practices';
import type { StudentGradingMetricId } from './grading-metrics';
import type { Aggregate, MetricRubricCheck, RubricCheck } from './rubric';
import { roundToStep } from './round-points';

/** What a team's automatic checks are scored on: plain values, so the UI can preview a grade. */
export interface TeamGradingFacts {
  practices: PracticeVerdicts;
  /** The practice checks' first piece of evidence in words (`.gitlab-ci.yml:12 pytest --cov`), when there is one. */
  practiceEvidence?: Partial<Record<PracticeName, string>>;
  /** Per-team metric values by registry id; a missing id reads as no value. */
  teamMetrics: Readonly<Record<string, number | null>>;
  /** The team's current students (former members left out), each with their per-student figures. */
  students: ReadonlyArray<Readonly<Record<StudentGradingMetricId, number | null>>>;
}

function aggregate(values: number[], how: Aggregate): number | null {
  if (values.length === 0) return null;
  if (how === 'min') return Math.min(...values);
  if (how === 'max') return Math.max(...values);
  const sum = values.reduce((total, v) => total + v, 0);
  return how === 'sum' ? sum : sum / values.length;
}

function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(3)));
}

function readMetric(check: MetricRubricCheck, facts: TeamGradingFacts): { value: number | null; what: string } {
  if (check.kind === 'teamMetric') return { value: facts.teamMetrics[check.metric] ?? null, what: check.metric };
  const values = facts.students.map((s) => s[check.metric]).filter((v): v is number => v !== null);
  return { value: aggregate(values, check.aggregate), what: `${check.aggregate} ${check.metric} over ${values.length} students` };
}

/**
 * Points a metric check earns: all or nothing at the threshold, or with `partialFrom` a linear share
 * between the two (zero at partialFrom, full at the threshold), rounded to the rubric's step and
 * never above the check's points. One formula serves both directions, since for `<=` partialFrom
 * lies above the threshold and the fraction still grows as the value improves.
 */
export function scoreMetricValue(check: MetricRubricCheck, value: number, step: number): number {
  const isReached = check.comparison === '>=' ? value >= check.threshold : value <= check.threshold;
  if (isReached) return check.points;
  if (check.partialFrom === undefined) return 0;
  const fraction = (value - check.partialFrom) / (check.threshold - check.partialFrom);
  if (fraction <= 0) return 0;
  return Math.min(check.points, roundToStep(fraction * check.points, step));
}

export function scoreRubricCheck(check: RubricCheck, facts: TeamGradingFacts, step: number): GradedCheck {
  if (check.kind === 'practice') {
    const passed = facts.practices[check.practice];
    const found = facts.practiceEvidence?.[check.practice];
    const evidence = passed ? `passed${found ? `: ${found}` : ''}` : `not passed${found ? `: ${found}` : ''}`;
    return {
      name: check.name,
      points: passed ? check.points : 0,
      maxPoints: check.points,
      evidence,
      kind: 'practice',
      source: check.practice,
      value: passed ? 1 : 0,
    };
  }
  const { value, what } = readMetric(check, facts);
  const base = { name: check.name, maxPoints: check.points, kind: check.kind, source: check.metric, value };
  if (value === null) return { ...base, points: 0, evidence: `${what}: no value` };
  const points = scoreMetricValue(check, value, step);
  const bar = `${check.comparison} ${formatValue(check.threshold)}${check.partialFrom === undefined ? '' : `, partial from ${formatValue(check.partialFrom)}`}`;
  return { ...base, points, evidence: `${what}: ${formatValue(value)} (${bar})` };
}
