export const SECOND_MS = 1000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** REST timestamps: ISO 8601 in UTC with milliseconds, e.g. `2026-03-04T09:15:02.123Z`. */
export function formatRestTime(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * Commit dates keep the author's UTC offset and have whole seconds (git stores no milliseconds),
 * e.g. `2026-03-04T10:15:02.000+01:00`. An offset of null means a date GitLab wrote itself in UTC.
 */
export function formatCommitTime(ms: number, offsetMinutes: number | null): string {
  const wholeSeconds = Math.floor(ms / SECOND_MS) * SECOND_MS;
  if (offsetMinutes === null) return new Date(wholeSeconds).toISOString();
  const local = new Date(wholeSeconds + offsetMinutes * MINUTE_MS).toISOString().slice(0, 23);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  const minutes = String(absolute % 60).padStart(2, '0');
  return `${local}${sign}${hours}:${minutes}`;
}

export function parseDateOnly(date: string): number {
  const ms = Date.parse(`${date}T00:00:00.000Z`);
  if (Number.isNaN(ms)) throw new Error(`Not a YYYY-MM-DD date: ${date}`);
  return ms;
}

export function formatDateOnly(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
