import { toCalendarDay } from './daily-series';
import { pipelineSuccessRate } from './pipeline-success-rate';
import type { FactWindow, PipelineFact } from './team-facts';

export interface WeeklyPipelines {
  /** The Monday the week starts on, `YYYY-MM-DD`, in the course's time zone. */
  weekStart: string;
  pipelines: number;
  success: number;
  failed: number;
  /** The success-rate metric over the week's pipelines (canceled ones count against it); null for a week with none finished. */
  successRate: number | null;
}

const dayMs = 86_400_000;

/** The Monday of a calendar day, both `YYYY-MM-DD` (the arithmetic is on dates, so time zones do not shift it). */
export function toWeekStart(day: string): string {
  const ms = Date.parse(`${day}T00:00:00Z`);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return new Date(ms - weekday * dayMs).toISOString().slice(0, 10);
}

/**
 * Pipelines per week (Monday to Sunday in the course's time zone), from the week of the first pipeline
 * to the week of the last; a week in between without pipelines is listed with a null rate, so a chart
 * shows the gap instead of joining its neighbours.
 */
export function computeWeeklyPipelines(pipelines: readonly PipelineFact[], timeZone: string, window: FactWindow): WeeklyPipelines[] {
  const byWeek = new Map<string, PipelineFact[]>();
  for (const pipeline of pipelines) {
    const weekStart = toWeekStart(toCalendarDay(pipeline.createdAt, timeZone));
    let week = byWeek.get(weekStart);
    if (!week) byWeek.set(weekStart, (week = []));
    week.push(pipeline);
  }
  const starts = [...byWeek.keys()].sort();
  const first = starts[0];
  const last = starts[starts.length - 1];
  if (first === undefined || last === undefined) return [];
  const weeks: WeeklyPipelines[] = [];
  for (let ms = Date.parse(`${first}T00:00:00Z`); ms <= Date.parse(`${last}T00:00:00Z`); ms += 7 * dayMs) {
    const weekStart = new Date(ms).toISOString().slice(0, 10);
    const week = byWeek.get(weekStart) ?? [];
    weeks.push({
      weekStart,
      pipelines: week.length,
      success: week.filter((p) => p.status === 'success').length,
      failed: week.filter((p) => p.status === 'failed').length,
      // The registry's own formula, so the chart and the team's figure cannot drift apart.
      successRate: pipelineSuccessRate.compute({ window, defaultBranch: null, pipelines: week }),
    });
  }
  return weeks;
}
