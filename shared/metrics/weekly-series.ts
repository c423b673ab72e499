import type { WeeklyContribution } from '../domain/student-metrics';
import type { FactWindow } from './team-facts';

const dayMs = 86_400_000;

/** The Monday (UTC) of the week an instant falls in, as a day number since 1970-01-01 (a Thursday). */
function mondayDay(ms: number): number {
  const day = Math.floor(ms / dayMs);
  return day - ((day + 3) % 7);
}

function toDate(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

/**
 * The weeks a series covers: from the week holding the window's start (or, with no start, the earliest
 * dated item) through the week holding the last instant before `to`. Weeks run Monday 00:00 UTC on.
 */
export function listWeekStarts(window: FactWindow, earliest: string | null): string[] {
  const start = window.from ?? earliest;
  if (start === null) return [];
  const first = mondayDay(Date.parse(start));
  const last = mondayDay(Date.parse(window.to) - 1);
  const weeks: string[] = [];
  for (let day = first; day <= last; day += 7) weeks.push(toDate(day));
  return weeks;
}

export interface DatedChange {
  committedDate: string;
  additions: number;
  deletions: number;
}

/** Commits and changed lines (additions + deletions) per week, zero for a week without any. */
export function computeWeeklySeries(weekStarts: readonly string[], commits: readonly DatedChange[]): WeeklyContribution[] {
  const byWeek = new Map(weekStarts.map((weekStart) => [weekStart, { weekStart, commits: 0, changedLines: 0 }]));
  for (const commit of commits) {
    const week = byWeek.get(toDate(mondayDay(Date.parse(commit.committedDate))));
    if (!week) continue;
    week.commits += 1;
    week.changedLines += commit.additions + commit.deletions;
  }
  return [...byWeek.values()];
}
