import type { Course } from '../../../shared/domain/course';
import type { CourseMetrics } from '../../../shared/domain/team-metrics';
import { computePipelineMetrics } from '../../../shared/metrics/registry';
import { poolTeamFacts, type TeamFacts } from '../../../shared/metrics/team-facts';
import type { Store } from '../store/create-store';
import { resolveMetricsWindow, type WindowRequest } from './resolve-metrics-window';

/** Loads each team's facts through the read-only queries and applies the metric registry. */
export function loadCourseMetrics(store: Store, course: Course, request: WindowRequest = {}, nowMs = Date.now()): CourseMetrics {
  const window = resolveMetricsWindow(course, request, nowMs);
  const pipelines = store.queries.pipelineFacts.readPipelineFacts(course.id, window);
  const facts: TeamFacts[] = [];
  const teams = store.projects.listTeams(course.id).map((team) => {
    const teamFacts: TeamFacts = { window, defaultBranch: team.defaultBranch, pipelines: pipelines.get(team.projectId) ?? [] };
    facts.push(teamFacts);
    return {
      projectId: team.projectId,
      project: team.path,
      name: team.name,
      webUrl: team.webUrl,
      isReachable: team.isReachable,
      isArchived: team.isArchived,
      pipelines: computePipelineMetrics(teamFacts),
    };
  });
  return { course: course.name, from: window.from, to: window.to, teams, totals: computePipelineMetrics(poolTeamFacts(window, facts)) };
}
