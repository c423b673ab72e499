import type { Course } from '../../../shared/domain/course';
import type { TeamDetail } from '../../../shared/domain/team-metrics';
import { computeDailyCoverage, computeDailyPipelines } from '../../../shared/metrics/daily-series';
import { ApiFailure } from '../api/api-failure';
import type { Store } from '../store/create-store';
import { loadCourseMetrics } from './load-course-metrics';
import type { WindowRequest } from './resolve-metrics-window';

/** The course's time zone, or this machine's when the course names none. */
export function resolveTimeZone(course: Course): string {
  return course.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** One team's figures and the daily series its page charts. */
export function loadTeamDetail(store: Store, course: Course, projectId: number, request: WindowRequest = {}, nowMs = Date.now()): TeamDetail {
  const metrics = loadCourseMetrics(store, course, request, nowMs);
  const team = metrics.teams.find((t) => t.projectId === projectId);
  const listed = store.projects.listTeams(course.id).find((t) => t.projectId === projectId);
  if (!team || !listed) throw new ApiFailure('not_found', `"${course.name}" has no team with project ${projectId}.`);
  // The window the course figures were counted in, so the series and the figures cannot disagree.
  const window = { from: metrics.from, to: metrics.to };
  const facts = {
    window,
    defaultBranch: listed.defaultBranch,
    pipelines: store.queries.pipelineFacts.readPipelineFacts(course.id, window).get(projectId) ?? [],
  };
  const timeZone = resolveTimeZone(course);
  return {
    course: course.name,
    from: metrics.from,
    to: metrics.to,
    timeZone,
    team,
    daily: computeDailyPipelines(facts, timeZone),
    coverage: computeDailyCoverage(facts, timeZone),
  };
}
