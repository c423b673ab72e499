import type { CourseGrades, GradedTeam } from '../domain/course-grades';
import type { StudentAdjustment } from '../domain/grading';
import type { PracticeName } from '../domain/practices';
import type { CourseMetrics } from '../domain/team-metrics';
import type { Rubric } from './rubric';
import { computeRubricMaxPoints, scoreStudent, scoreTeam, type TeamGradingEntries } from './score-rubric';
import { suggestFactor } from './suggest-factor';
import { toTeamGradingFacts } from './team-grading-facts';

export interface StoredStudentAdjustment {
  adjustment: StudentAdjustment;
  reason: string;
}

/** Everything a course's grades are computed from, already loaded: pure, so a test needs no database. */
export interface CourseGradingInput {
  rubric: Rubric;
  rubricVersion: number;
  /** The iteration graded, by name; null for the whole course. */
  iteration: string | null;
  metrics: CourseMetrics;
  lastSyncAt: string | null;
  /** By project id, the practice checks' first evidence in words. */
  practiceEvidence: ReadonlyMap<number, Partial<Record<PracticeName, string>>>;
  /** By project id. */
  entries: ReadonlyMap<number, TeamGradingEntries>;
  /** By project id, then user id. */
  adjustments: ReadonlyMap<number, ReadonlyMap<number, StoredStudentAdjustment>>;
  /** Public emails by user id, where GitLab shows one. */
  emails: ReadonlyMap<number, string>;
}

const noEntries: TeamGradingEntries = { manualScores: new Map(), overrides: new Map() };

/** Grades every team of the course and each of its students, as `gitpulse grade --json` prints them. */
export function gradeCourse(input: CourseGradingInput): CourseGrades {
  const { rubric, metrics } = input;
  const teams = metrics.teams.map((team): GradedTeam => {
    const score = scoreTeam(rubric, toTeamGradingFacts(team, input.practiceEvidence.get(team.projectId)), input.entries.get(team.projectId) ?? noEntries);
    const adjustments = input.adjustments.get(team.projectId);
    return {
      projectId: team.projectId,
      project: team.project,
      name: team.name,
      webUrl: team.webUrl,
      criteria: score.criteria,
      total: score.total,
      maxPoints: score.maxPoints,
      students: team.members.map((m) => {
        const stored = adjustments?.get(m.userId) ?? null;
        const student = scoreStudent(score.total, score.maxPoints, stored?.adjustment ?? null);
        return {
          userId: m.userId,
          username: m.username,
          name: m.name,
          email: input.emails.get(m.userId) ?? null,
          adjustment: student.adjustment,
          adjustmentReason: stored?.reason ?? null,
          adjustmentFactor: stored?.adjustment.kind === 'factor' ? stored.adjustment.factor : null,
          commitShare: m.commitShare,
          lineShare: m.lineShare,
          suggestedFactor: suggestFactor(m.commitShare, m.lineShare, team.members.length).factor,
          total: student.total,
          percent: student.percent,
        };
      }),
    };
  });
  return {
    course: metrics.course,
    iteration: input.iteration,
    asOf: metrics.to,
    frozen: false,
    frozenAt: null,
    lastSyncAt: input.lastSyncAt,
    rubric: { name: rubric.name, version: input.rubricVersion, maxPoints: computeRubricMaxPoints(rubric) },
    teams,
  };
}
