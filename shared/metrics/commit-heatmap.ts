export interface HeatmapCell {
  /** Monday 0 … Sunday 6, in the course's time zone. */
  weekday: number;
  /** 0 … 23, in the course's time zone. */
  hour: number;
  commits: number;
}

const weekdayIndex: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };
const formats = new Map<string, Intl.DateTimeFormat>();

/** The weekday and hour an instant falls on in a time zone. */
export function toWeekdayHour(instant: string, timeZone: string): { weekday: number; hour: number } {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: 'numeric', hourCycle: 'h23' });
    formats.set(timeZone, format);
  }
  let weekday = 0;
  let hour = 0;
  for (const part of format.formatToParts(new Date(instant))) {
    if (part.type === 'weekday') weekday = weekdayIndex[part.value] ?? 0;
    if (part.type === 'hour') hour = Number(part.value) % 24;
  }
  return { weekday, hour };
}

/**
 * Commits per weekday and hour of the course's time zone (the committer's own clock is not used: a
 * team is compared against the course's week). Only cells with at least one commit are listed,
 * weekday first, then hour.
 */
export function computeCommitHeatmap(commits: ReadonlyArray<{ committedDate: string }>, timeZone: string): HeatmapCell[] {
  const counts = new Map<number, number>();
  for (const commit of commits) {
    const { weekday, hour } = toWeekdayHour(commit.committedDate, timeZone);
    const key = weekday * 24 + hour;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => a - b).map(([key, commits]) => ({ weekday: Math.floor(key / 24), hour: key % 24, commits }));
}
