import type { Course } from '../../../shared/domain/course';
import type { CourseMetrics } from '../../../shared/domain/team-metrics';
import { computePipelineMetrics } from '../../../shared/metrics/registry';
import { poolTeamFacts } from '../../../shared/metrics/team-facts';
import type { Store } from '../store/create-store';
import { buildTeamMetrics } from './build-team-metrics';
import { resolveMetricsWindow, type WindowRequest } from './resolve-metrics-window';

/**
 * Loads each team's facts through the read-only queries, with the course's aliases and exclusions as
 * they are now, and applies the metric registry and the per-student formulas.
 */
export function loadCourseMetrics(store: Store, course: Course, request: WindowRequest = {}, nowMs = Date.now()): CourseMetrics {
  const window = resolveMetricsWindow(course, request, nowMs, request.window?.kind === 'iteration' ? store.iterations.listIterations(course.id) : []);
  const pipelines = store.queries.pipelineFacts.readPipelineFacts(course.id, window);
  const contributions = store.queries.contributionFacts.readContributionFacts(course.id, window);
  const aliases = store.identity.listAliases(course.id);
  const exclusions = store.exclusions.listExclusions(course.id);
  const built = store.projects.listTeams(course.id).map((team) =>
    buildTeamMetrics({
      course,
      team,
      window,
      pipelines: pipelines.get(team.projectId) ?? [],
      stored: contributions.get(team.projectId),
      ciConfig: store.ciConfigs.readCiConfig(team.projectId),
      aliases,
      exclusions,
    }),
  );
  return {
    course: course.name,
    from: window.from,
    to: window.to,
    teams: built.map((team) => team.metrics),
    totals: computePipelineMetrics(
      poolTeamFacts(
        window,
        built.map((team) => team.pipelineFacts),
      ),
    ),
  };
}
