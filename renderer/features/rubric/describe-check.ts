import { practiceLabels } from '../../../shared/domain/practices';
import { findGradingMetric } from '../../../shared/grading/grading-metrics';
import type { RubricCheck } from '../../../shared/grading/rubric';

/** A check in one line, for the read-only view of a version: `Coverage ≥ 60 (partial from 30)`. */
export function describeCheck(check: RubricCheck): string {
  if (check.kind === 'practice') return `${practiceLabels[check.practice]} passes`;
  const metric = findGradingMetric(check.kind === 'teamMetric' ? 'team' : 'student', check.metric)?.label ?? check.metric;
  const over = check.kind === 'studentMetric' ? ` (${check.aggregate} over the students)` : '';
  const partial = check.partialFrom === undefined ? '' : `, partial credit from ${check.partialFrom}`;
  return `${metric}${over} ${check.comparison === '>=' ? '≥' : '≤'} ${check.threshold}${partial}`;
}
