import type { StudentMetrics } from '../../../shared/domain/student-metrics';
import type { StudentFigure } from '../../../shared/metrics/student-figures';
import { formatNumber } from '../../format/format-count';

/** A count with separators, a share as a percentage; "—" when the team has nothing to take a share of. */
export function formatStudentFigure(figure: StudentFigure, student: StudentMetrics): string {
  const value = student[figure.id];
  if (value === null) return '—';
  return figure.unit === 'ratio' ? `${(value * 100).toFixed(1)} %` : formatNumber(value);
}
