import { stringify } from 'csv-stringify/sync';
import type { CourseMetrics } from '../../../shared/domain/team-metrics';
import { formatMetricCell, formatMetricHeader } from '../../../shared/metrics/format-metric-value';
import { pipelineMetrics } from '../../../shared/metrics/registry';
import { neutraliseSheetText } from './neutralise-sheet-text';

/**
 * The course's metrics sheet as CSV: the team, then one column per metric of the registry. Team names
 * and paths are written by students, so they pass through the same neutralising as every grade sheet
 * (formula starts, bidi overrides, escape sequences, Excel's cell limit); every cell holding a CR or LF
 * is quoted (a bare CR would otherwise end the row and start the next with a live formula); the BOM
 * makes Excel read the file as UTF-8.
 */
export function exportGradeSheetCsv(metrics: CourseMetrics): string {
  const header = ['Team', 'Project', 'GitLab URL', ...pipelineMetrics.map(formatMetricHeader)];
  const rows = metrics.teams.map((t) => [
    neutraliseSheetText(t.name),
    neutraliseSheetText(t.project),
    neutraliseSheetText(t.webUrl),
    ...pipelineMetrics.map((m) => formatMetricCell(m, t.pipelines[m.id])),
  ]);
  return stringify([header, ...rows], { bom: true, quote_record_delimiter: true, record_delimiter: 'windows' });
}
