import type { Course } from '../../../shared/domain/course';
import type { CourseMetrics } from '../../../shared/domain/team-metrics';
import { computePipelineSuccessRate } from '../../../shared/metrics/pipeline-success-rate';
import type { Store } from '../store/create-store';

/** Loads each team's pipeline tallies and applies the pure formulas from shared/metrics. */
export function loadCourseMetrics(store: Store, course: Course): CourseMetrics {
  const window = { start: course.windowStart, end: course.windowEnd };
  const counts = new Map(store.pipelines.countPipelineStatuses(course.id, window).map((c) => [c.projectId, c]));
  const teams = store.projects.listTeams(course.id).map((team) => {
    const tally = counts.get(team.projectId) ?? { total: 0, success: 0, failed: 0, canceled: 0 };
    return {
      projectId: team.projectId,
      project: team.path,
      name: team.name,
      webUrl: team.webUrl,
      isReachable: team.isReachable,
      pipelines: computePipelineSuccessRate({ total: tally.total, success: tally.success, failed: tally.failed, canceled: tally.canceled }),
    };
  });
  return { course: course.name, teams };
}
