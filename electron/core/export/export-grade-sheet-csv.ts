import { stringify } from 'csv-stringify/sync';
import type { CourseMetrics } from '../../../shared/domain/team-metrics';
import { formatMetricCell, formatMetricHeader } from '../../../shared/metrics/format-metric-value';
import { pipelineMetrics } from '../../../shared/metrics/registry';

/**
 * The course's grade sheet as CSV: the team, then one column per metric of the registry. Team names
 * and paths are written by students, so cells that a spreadsheet would run as a formula (=, +, -, @,
 * tab, CR) are neutralised with a leading quote; the BOM makes Excel read the file as UTF-8.
 */
export function exportGradeSheetCsv(metrics: CourseMetrics): string {
  const header = ['Team', 'Project', 'GitLab URL', ...pipelineMetrics.map(formatMetricHeader)];
  const rows = metrics.teams.map((t) => [t.name, t.project, t.webUrl, ...pipelineMetrics.map((m) => formatMetricCell(m, t.pipelines[m.id]))]);
  return stringify([header, ...rows], { bom: true, escape_formulas: true, record_delimiter: 'windows' });
}
