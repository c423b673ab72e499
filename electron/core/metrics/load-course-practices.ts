import type { Course } from '../../../shared/domain/course';
import type { CoursePractices } from '../../../shared/domain/practices';
import { checkTeamPractices } from '../practices/check-team-practices';
import type { Store } from '../store/create-store';
import { loadCourseMetrics } from './load-course-metrics';
import type { WindowRequest } from './resolve-metrics-window';

/** Every team's practice checks with their evidence, over the same window as the metrics. */
export function loadCoursePractices(store: Store, course: Course, request: WindowRequest = {}, nowMs = Date.now()): CoursePractices {
  const metrics = loadCourseMetrics(store, course, request, nowMs);
  return {
    course: course.name,
    teams: metrics.teams.map((team) => {
      const report = checkTeamPractices({
        ciConfig: store.ciConfigs.readCiConfig(team.projectId),
        pipelinesInWindow: team.pipelines.total,
        latestCoverage: team.pipelines.latestCoverage,
        coverageThreshold: course.coverageThreshold,
      });
      return { project: team.project, name: team.name, ...report };
    }),
  };
}
