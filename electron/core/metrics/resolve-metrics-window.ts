import type { Course } from '../../../shared/domain/course';
import type { FactWindow } from '../../../shared/metrics/team-facts';
import { ApiFailure } from '../api/api-failure';

export interface WindowRequest {
  /** ISO date or instant; defaults to the course window's first day. */
  from?: string | undefined;
  /** ISO date or instant, exclusive; defaults to the day after the course window's last day. */
  to?: string | undefined;
}

const dayMs = 86_400_000;

/** A `YYYY-MM-DD` is that day's start in UTC; anything else must be a full ISO 8601 instant. */
function toInstant(value: string, flag: string): number {
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (!Number.isFinite(ms)) throw new ApiFailure('invalid_input', `${flag}: ${value} is not a date or time (YYYY-MM-DD or ISO 8601).`);
  return ms;
}

/**
 * The window every figure counts in: [from, to), by default the course window (its last day
 * included), with `to` capped at now so a running course is not diluted by days still to come.
 */
export function resolveMetricsWindow(course: Course, request: WindowRequest, nowMs: number): FactWindow {
  const fromMs = request.from !== undefined ? toInstant(request.from, 'from') : course.windowStart ? toInstant(course.windowStart, 'windowStart') : null;
  const requestedTo = request.to !== undefined ? toInstant(request.to, 'to') : course.windowEnd ? toInstant(course.windowEnd, 'windowEnd') + dayMs : nowMs;
  const toMs = Math.min(requestedTo, nowMs);
  if (fromMs !== null && toMs < fromMs) throw new ApiFailure('invalid_input', 'The window ends before it starts.');
  return { from: fromMs === null ? null : new Date(fromMs).toISOString(), to: new Date(toMs).toISOString() };
}
