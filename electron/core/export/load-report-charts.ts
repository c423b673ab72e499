import type { Course } from '../../../shared/domain/course';
import { computeDailyCoverage, computeDailyPipelines } from '../../../shared/metrics/daily-series';
import { resolveMetricsWindow } from '../metrics/resolve-metrics-window';
import { resolveTimeZone } from '../metrics/load-team-detail';
import type { Store } from '../store/create-store';
import type { TeamChartSeries } from './render-team-charts-svg';

/**
 * Each team's chart series for the feedback report, over the grading window (ending at `asOf` when
 * given): the same daily figures the team page charts, read in one query for the whole course.
 */
export function loadReportCharts(store: Store, course: Course, asOf: string | undefined, nowMs = Date.now()): Map<number, TeamChartSeries> {
  const window = resolveMetricsWindow(course, asOf === undefined ? {} : { to: asOf }, nowMs);
  const pipelines = store.queries.pipelineFacts.readPipelineFacts(course.id, window);
  const timeZone = resolveTimeZone(course);
  const charts = new Map<number, TeamChartSeries>();
  for (const team of store.projects.listTeams(course.id)) {
    const facts = { window, defaultBranch: team.defaultBranch, pipelines: pipelines.get(team.projectId) ?? [] };
    charts.set(team.projectId, { daily: computeDailyPipelines(facts, timeZone), coverage: computeDailyCoverage(facts, timeZone) });
  }
  return charts;
}
