import type { CourseGrades } from '../../../shared/domain/course-grades';
import type { RubricVersion } from '../../../shared/domain/grading';
import { practiceNames, type PracticeName } from '../../../shared/domain/practices';
import { gradeCourse, type StoredStudentAdjustment } from '../../../shared/grading/grade-course';
import type { TeamGradingEntries } from '../../../shared/grading/score-rubric';
import { loadCourseMetrics } from '../metrics/load-course-metrics';
import { loadCoursePractices } from '../metrics/load-course-practices';
import type { Store } from '../store/create-store';
import { resolveGradingWindow, type GradingScope } from './grading-scope';
import { nameAsOfInFailure } from './name-as-of-in-failure';

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

function describeEvidence(evidence: { file: string; line: number; text: string } | undefined): string | undefined {
  if (!evidence) return undefined;
  const text = evidence.file === '' ? evidence.text : `${evidence.file}:${evidence.line} ${evidence.text}`;
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}

/**
 * A scope's grades computed now from its data up to `asOf` (the metrics window's end, by default
 * the course's or the iteration's end capped at now; an iteration's from its first day) under the
 * given rubric version, with what the instructor entered in that scope. Frozen grades are not this
 * function's business: see load-course-grades.ts.
 */
export function computeCourseGrades(store: Store, scope: GradingScope, rubric: RubricVersion, asOf: string | undefined, nowMs: number): CourseGrades {
  const { course } = scope;
  const request = resolveGradingWindow(scope, asOf, nowMs);
  const metrics = nameAsOfInFailure(() => loadCourseMetrics(store, course, request, nowMs));
  const practices = nameAsOfInFailure(() => loadCoursePractices(store, course, request, nowMs));
  const practicesByPath = new Map(practices.teams.map((t) => [t.project, t]));
  const practiceEvidence = new Map<number, Partial<Record<PracticeName, string>>>();
  for (const team of metrics.teams) {
    const checks = practicesByPath.get(team.project)?.checks;
    if (!checks) continue;
    const evidence: Partial<Record<PracticeName, string>> = {};
    for (const name of practiceNames) {
      const text = describeEvidence(checks[name].evidence[0]);
      if (text !== undefined) evidence[name] = text;
    }
    practiceEvidence.set(team.projectId, evidence);
  }

  const manual = groupBy(store.grades.listManualScores(course.id, scope.key), (s) => s.projectId);
  const overrides = groupBy(store.grades.listOverrides(course.id, scope.key), (o) => o.projectId);
  const entries = new Map<number, TeamGradingEntries>();
  for (const team of metrics.teams) {
    entries.set(team.projectId, {
      manualScores: new Map((manual.get(team.projectId) ?? []).map((s) => [s.criterion, { points: s.points, comment: s.comment }])),
      overrides: new Map((overrides.get(team.projectId) ?? []).map((o) => [o.criterion, { points: o.points, reason: o.reason }])),
    });
  }
  const adjustments = new Map<number, Map<number, StoredStudentAdjustment>>();
  for (const [projectId, rows] of groupBy(store.grades.listAdjustments(course.id, scope.key), (a) => a.projectId)) {
    adjustments.set(
      projectId,
      new Map(
        rows.map((a) => [
          a.userId,
          { adjustment: a.kind === 'points' ? { kind: 'points', points: a.value } : { kind: 'factor', factor: a.value }, reason: a.reason },
        ]),
      ),
    );
  }
  const emails = new Map<number, string>();
  for (const entry of store.members.listRoster(course.id)) if (entry.publicEmail) emails.set(entry.userId, entry.publicEmail);

  return gradeCourse({
    rubric: rubric.rubric,
    rubricVersion: rubric.version,
    iteration: scope.iteration?.name ?? null,
    metrics,
    lastSyncAt: course.lastSyncedAt,
    practiceEvidence,
    entries,
    adjustments,
    emails,
  });
}
