import type { Course } from '../../../shared/domain/course';
import type { CoursePractices } from '../../../shared/domain/practices';
import { computePipelineMetrics } from '../../../shared/metrics/registry';
import { checkTeamPractices } from '../practices/check-team-practices';
import type { Store } from '../store/create-store';
import { resolveMetricsWindow, type WindowRequest } from './resolve-metrics-window';

/**
 * Every team's practice checks with their evidence, over the same window as the metrics. Only the
 * pipeline facts are read (the checks need the window's pipeline count and latest coverage), not the
 * per-student facts metrics.course loads.
 */
export function loadCoursePractices(store: Store, course: Course, request: WindowRequest = {}, nowMs = Date.now()): CoursePractices {
  const window = resolveMetricsWindow(course, request, nowMs, request.window?.kind === 'iteration' ? store.iterations.listIterations(course.id) : []);
  const pipelines = store.queries.pipelineFacts.readPipelineFacts(course.id, window);
  return {
    course: course.name,
    teams: store.projects.listTeams(course.id).map((team) => {
      const values = computePipelineMetrics({ window, defaultBranch: team.defaultBranch, pipelines: pipelines.get(team.projectId) ?? [] });
      const report = checkTeamPractices({
        ciConfig: store.ciConfigs.readCiConfig(team.projectId),
        pipelinesInWindow: values.total,
        latestCoverage: values.latestCoverage,
        coverageThreshold: course.coverageThreshold,
      });
      return { project: team.path, name: team.name, ...report };
    }),
  };
}
