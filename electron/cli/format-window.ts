/** A course window in one cell: both ends, one of them, or none. */
export function formatWindow(start: string | null, end: string | null): string {
  if (start && end) return `${start} to ${end}`;
  if (start) return `from ${start}`;
  if (end) return `until ${end}`;
  return 'whole history';
}
