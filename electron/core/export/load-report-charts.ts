import type { Course } from '../../../shared/domain/course';
import { computeDailyCoverage, computeDailyPipelines } from '../../../shared/metrics/daily-series';
import { resolveGradingScope, resolveGradingWindow } from '../grading/grading-scope';
import { resolveMetricsWindow } from '../metrics/resolve-metrics-window';
import { resolveTimeZone } from '../metrics/load-team-detail';
import type { Store } from '../store/create-store';
import type { TeamChartSeries } from './render-team-charts-svg';

/**
 * Each team's chart series for the feedback report, over the grading window (the course's or the
 * iteration's, ending at `asOf` when given): the same daily figures the team page charts, read in
 * one query for the whole course.
 */
export function loadReportCharts(
  store: Store,
  course: Course,
  request: { asOf?: string | undefined; iteration?: string | undefined },
  nowMs = Date.now(),
): Map<number, TeamChartSeries> {
  const scope = resolveGradingScope(store, course, request.iteration);
  const window = resolveMetricsWindow(course, resolveGradingWindow(scope, request.asOf, nowMs), nowMs);
  const pipelines = store.queries.pipelineFacts.readPipelineFacts(course.id, window);
  const timeZone = resolveTimeZone(course);
  const charts = new Map<number, TeamChartSeries>();
  for (const team of store.projects.listTeams(course.id)) {
    const facts = { window, defaultBranch: team.defaultBranch, pipelines: pipelines.get(team.projectId) ?? [] };
    charts.set(team.projectId, { daily: computeDailyPipelines(facts, timeZone), coverage: computeDailyCoverage(facts, timeZone) });
  }
  return charts;
}
