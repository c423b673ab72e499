import type { Course } from '../../../shared/domain/course';
import type { TeamSuggestedFactors } from '../../../shared/domain/grading';
import { suggestFactor } from '../../../shared/grading/suggest-factor';
import { loadCourseMetrics } from '../metrics/load-course-metrics';
import type { Store } from '../store/create-store';

/** Each student's suggested factor from the live contribution shares (as of `asOf`); shown only, never stored. */
export function suggestCourseFactors(store: Store, course: Course, asOf: string | undefined, nowMs = Date.now()): TeamSuggestedFactors[] {
  const metrics = loadCourseMetrics(store, course, { to: asOf }, nowMs);
  return metrics.teams.map((team) => ({
    projectId: team.projectId,
    project: team.project,
    students: team.members.map((m) => ({
      userId: m.userId,
      username: m.username,
      name: m.name,
      commitShare: m.commitShare,
      lineShare: m.lineShare,
      ...suggestFactor(m.commitShare, m.lineShare, team.members.length),
    })),
  }));
}
