import { stringify } from 'csv-stringify/sync';
import type { CourseMetrics } from '../../../shared/domain/team-metrics';

const header = ['Team', 'Project', 'GitLab URL', 'Pipelines', 'Succeeded', 'Failed', 'Canceled', 'Success rate (%)'];

/**
 * The course's grade sheet as CSV. Team names and paths are written by students, so cells that a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR) are neutralised with a leading quote;
 * the BOM makes Excel read the file as UTF-8.
 */
export function exportGradeSheetCsv(metrics: CourseMetrics): string {
  const rows = metrics.teams.map((t) => [
    t.name,
    t.project,
    t.webUrl,
    t.pipelines.total,
    t.pipelines.success,
    t.pipelines.failed,
    t.pipelines.canceled,
    t.pipelines.successRate === null ? '' : (t.pipelines.successRate * 100).toFixed(1),
  ]);
  return stringify([header, ...rows], { bom: true, escape_formulas: true, record_delimiter: 'windows' });
}
