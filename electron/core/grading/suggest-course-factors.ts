import type { TeamSuggestedFactors } from '../../../shared/domain/grading';
import { suggestFactor } from '../../../shared/grading/suggest-factor';
import { loadCourseMetrics } from '../metrics/load-course-metrics';
import type { Store } from '../store/create-store';
import { resolveGradingWindow, type GradingScope } from './grading-scope';

/** Each student's suggested factor from the live contribution shares in the scope's window (as of `asOf`); shown only, never stored. */
export function suggestCourseFactors(store: Store, scope: GradingScope, asOf: string | undefined, nowMs = Date.now()): TeamSuggestedFactors[] {
  const metrics = loadCourseMetrics(store, scope.course, resolveGradingWindow(scope, asOf, nowMs), nowMs);
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
