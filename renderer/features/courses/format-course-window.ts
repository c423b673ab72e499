import { formatIsoDate } from '../../format/format-iso-date';

/** "16 Feb 2026 – 30 Jun 2026", "From 16 Feb 2026", or "No course window" when neither end is set. */
export function formatCourseWindow(start: string | null, end: string | null): string {
  if (start && end) return `${formatIsoDate(start)} – ${formatIsoDate(end)}`;
  if (start) return `From ${formatIsoDate(start)}`;
  if (end) return `Until ${formatIsoDate(end)}`;
  return 'No course window';
}
