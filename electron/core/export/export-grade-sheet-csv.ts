import { stringify } from 'csv-stringify/sync';
import type { CourseMetrics } from '../../../shared/domain/team-metrics';
import { stripBidiControls } from '../../../shared/domain/student-text';
import { formatMetricCell, formatMetricHeader } from '../../../shared/metrics/format-metric-value';
import { pipelineMetrics } from '../../../shared/metrics/registry';

/** Excel refuses longer cells; a student-written name past it would shift or drop the cell. */
export const maxCellLength = 32_767;

function toCell(text: string): string {
  const clean = stripBidiControls(text);
  return clean.length > maxCellLength ? clean.slice(0, maxCellLength) : clean;
}

/**
 * The course's grade sheet as CSV: the team, then one column per metric of the registry. Team names
 * and paths are written by students, so cells that a spreadsheet would run as a formula (=, +, -, @,
 * tab, CR) are neutralised with a leading quote, every cell holding a CR or LF is quoted (a bare CR
 * would otherwise end the row and start the next with a live formula), bidi overrides are removed and
 * cells are cut at Excel's limit; the BOM makes Excel read the file as UTF-8.
 */
export function exportGradeSheetCsv(metrics: CourseMetrics): string {
  const header = ['Team', 'Project', 'GitLab URL', ...pipelineMetrics.map(formatMetricHeader)];
  const rows = metrics.teams.map((t) => [
    toCell(t.name),
    toCell(t.project),
    toCell(t.webUrl),
    ...pipelineMetrics.map((m) => formatMetricCell(m, t.pipelines[m.id])),
  ]);
  return stringify([header, ...rows], { bom: true, escape_formulas: true, quote_record_delimiter: true, record_delimiter: 'windows' });
}
