import { listFinishedDurations, nearestRank } from './pipeline-duration-stats';
import type { PipelineFact, TeamFacts } from './team-facts';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (YYYY-MM-DD) an instant falls on in a time zone. */
export function toCalendarDay(instant: string, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(new Date(instant));
}

export interface DailyPipelines {
  day: string;
  pipelines: number;
  success: number;
  failed: number;
  medianDurationS: number | null;
  p95DurationS: number | null;
}

export interface DailyCoverage {
  day: string;
  /** The last default-branch coverage reported that day. */
  coverage: number;
}

function groupByDay(pipelines: readonly PipelineFact[], timeZone: string): Map<string, PipelineFact[]> {
  const byDay = new Map<string, PipelineFact[]>();
  for (const pipeline of pipelines) {
    const day = toCalendarDay(pipeline.createdAt, timeZone);
    let list = byDay.get(day);
    if (!list) byDay.set(day, (list = []));
    list.push(pipeline);
  }
  return byDay;
}

/** Pipelines per calendar day of the course's time zone, with that day's outcomes and durations; days without pipelines are left out. */
export function computeDailyPipelines(facts: TeamFacts, timeZone: string): DailyPipelines[] {
  return [...groupByDay(facts.pipelines, timeZone)]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, pipelines]) => {
      const dayFacts = { ...facts, pipelines };
      const durations = listFinishedDurations(dayFacts);
      const mid = Math.floor(durations.length / 2);
      const median =
        durations.length === 0 ? null : durations.length % 2 === 1 ? (durations[mid] ?? null) : ((durations[mid - 1] ?? 0) + (durations[mid] ?? 0)) / 2;
      return {
        day,
        pipelines: pipelines.length,
        success: pipelines.filter((p) => p.status === 'success').length,
        failed: pipelines.filter((p) => p.status === 'failed').length,
        medianDurationS: median,
        p95DurationS: nearestRank(durations, 0.95),
      };
    });
}

/** The coverage trend: for each day, the last default-branch coverage reported (by creation, then id). */
export function computeDailyCoverage(facts: TeamFacts, timeZone: string): DailyCoverage[] {
  const withCoverage = facts.pipelines.filter((p) => p.ref === facts.defaultBranch && p.coverage !== null);
  return [...groupByDay(withCoverage, timeZone)]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, pipelines]) => {
      const last = pipelines.reduce((latest, p) => (p.createdAt > latest.createdAt || (p.createdAt === latest.createdAt && p.id > latest.id) ? p : latest));
      return { day, coverage: last.coverage ?? 0 };
    });
}
