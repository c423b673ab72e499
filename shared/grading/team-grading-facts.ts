import type { TeamMetrics } from '../domain/team-metrics';
import type { PracticeName } from '../domain/practices';
import type { StudentGradingMetricId } from './grading-metrics';
import type { TeamGradingFacts } from './score-rubric-check';
import { pickStudentFigures } from '../metrics/student-figures';

/**
 * A team's figures as metrics.course reports them, in the form the rubric checks read. Per-student
 * checks look at current students only: someone who left the team early would otherwise be the
 * "weakest" student of every min-aggregate for the rest of the course. Shares stay as computed over
 * every student who contributed, and "of an equal split" multiplies by that same count.
 */
export function toTeamGradingFacts(team: TeamMetrics, practiceEvidence?: Partial<Record<PracticeName, string>>): TeamGradingFacts {
  const n = team.members.length;
  const students = team.members
    .filter((m) => !m.isFormer)
    .map((m): Record<StudentGradingMetricId, number | null> => ({
      ...pickStudentFigures(m),
      commitShareOfEqualSplit: m.commitShare === null ? null : m.commitShare * n,
      lineShareOfEqualSplit: m.lineShare === null ? null : m.lineShare * n,
    }));
  return { practices: team.practices, teamMetrics: team.pipelines, students, ...(practiceEvidence ? { practiceEvidence } : {}) };
}
