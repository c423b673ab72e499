/** A stored UTC time as the person at this terminal reads a clock: `2026-03-02 14:05` in the local time zone. */
export function formatLocalTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

/** A course window in one cell: both ends, one of them, or none. */
export function formatWindow(start: string | null, end: string | null): string {
  if (start && end) return `${start} to ${end}`;
  if (start) return `from ${start}`;
  if (end) return `until ${end}`;
  return 'whole history';
}
