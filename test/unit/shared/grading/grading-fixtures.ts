import type { PracticeVerdicts } from '../../../../shared/domain/practices';
import { studentGradingMetricIds, type StudentGradingMetricId } from '../../../../shared/grading/grading-metrics';
import type { TeamGradingFacts } from '../../../../shared/grading/score-rubric-check';
import type { TeamGradingEntries } from '../../../../shared/grading/score-rubric';

export function verdicts(passed: Partial<PracticeVerdicts> = {}): PracticeVerdicts {
  return { pipelineExists: false, testsAutomated: false, coverageThreshold: false, linting: false, securityScan: false, multiStage: false, ...passed };
}

export function student(values: Partial<Record<StudentGradingMetricId, number | null>> = {}): Record<StudentGradingMetricId, number | null> {
  const zeros = Object.fromEntries(studentGradingMetricIds.map((id) => [id, 0])) as Record<StudentGradingMetricId, number | null>;
  return { ...zeros, ...values };
}

export function facts(overrides: Partial<TeamGradingFacts> = {}): TeamGradingFacts {
  return { practices: verdicts(), teamMetrics: {}, students: [], ...overrides };
}

export const noEntries: TeamGradingEntries = { manualScores: new Map(), overrides: new Map() };
