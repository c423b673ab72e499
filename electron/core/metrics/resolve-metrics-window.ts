import { describeNotADate, isCalendarDate } from '../../../shared/domain/calendar-date';
import type { Course } from '../../../shared/domain/course';
import type { Iteration } from '../../../shared/domain/iteration';
import type { MetricsWindowSpec } from '../../../shared/domain/metrics-window';
import type { FactWindow } from '../../../shared/metrics/team-facts';
import { ApiFailure } from '../api/api-failure';

export interface WindowRequest {
  /** ISO date or instant; defaults to the course window's first day. */
  from?: string | undefined;
  /** ISO date or instant, exclusive; defaults to the day after the course window's last day. */
  to?: string | undefined;
  /** A window as a selector names it (course, iteration, last N days, a range of days); excludes from/to. */
  window?: MetricsWindowSpec | undefined;
}

const dayMs = 86_400_000;

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** A `YYYY-MM-DD` is that day's start in UTC; anything else must be a full ISO 8601 instant. */
function toInstant(value: string, flag: string): number {
  // Date.parse rolls 2026-04-31 over to 1 May, so a date must first be a real calendar day.
  const isDate = datePattern.test(value);
  const ms = isDate && !isCalendarDate(value) ? Number.NaN : Date.parse(isDate ? `${value}T00:00:00Z` : value);
  if (!Number.isFinite(ms)) throw new ApiFailure('invalid_input', `${flag}: ${value} is not a date or time (YYYY-MM-DD or ISO 8601).`);
  return ms;
}

/**
 * A window date stored before dates were checked may be impossible (2026-13-45): say which course and
 * how to fix it instead of failing with "Invalid time value" or counting nothing.
 */
function toStoredDayStart(course: Course, side: 'starts' | 'ends', value: string): number {
  if (!isCalendarDate(value)) {
    // What is stored is wrong, not what was asked: a conflict, so the CLI does not call it a usage error.
    throw new ApiFailure(
      'conflict',
      `The window of course "${course.name}" ${side} on ${value}, which is not a date; set it again in Course settings or with gitpulse course set ${JSON.stringify(course.name)} --window-${side === 'starts' ? 'start' : 'end'} YYYY-MM-DD.`,
    );
  }
  return Date.parse(`${value}T00:00:00Z`);
}

/** The day after a `YYYY-MM-DD`, as the instant it starts (UTC, as the course window is counted). */
function dayAfter(value: string, what: string): number {
  if (!isCalendarDate(value)) throw new ApiFailure('invalid_input', `${what}: ${describeNotADate(value)}.`);
  return Date.parse(`${value}T00:00:00Z`) + dayMs;
}

/** [from, to) of a named window, before `to` is capped; undefined `from` means "the course's". */
function resolveSpec(course: Course, spec: MetricsWindowSpec, iterations: readonly Iteration[], nowMs: number): WindowRequest {
  switch (spec.kind) {
    case 'course':
      return {};
    case 'lastDays':
      return { from: new Date(nowMs - spec.days * dayMs).toISOString(), to: new Date(nowMs).toISOString() };
    case 'range':
      if (!isCalendarDate(spec.first)) throw new ApiFailure('invalid_input', `First day: ${describeNotADate(spec.first)}.`);
      if (spec.last < spec.first) throw new ApiFailure('invalid_input', `The last day ${spec.last} is before the first day ${spec.first}.`);
      return { from: spec.first, to: new Date(dayAfter(spec.last, 'Last day')).toISOString() };
    case 'iteration': {
      const found = iterations.find((i) => i.name.toLowerCase() === spec.name.toLowerCase());
      if (!found) {
        const known = iterations.map((i) => `"${i.name}"`).join(', ');
        throw new ApiFailure('not_found', `"${course.name}" has no iteration "${spec.name}"${known ? `; it has ${known}` : ''}.`);
      }
      return { from: found.start, to: new Date(dayAfter(found.end, `Iteration "${found.name}" end`)).toISOString() };
    }
  }
}

/**
 * The window every figure counts in: [from, to), by default the course window (its last day
 * included), with `to` capped at now so a running course is not diluted by days still to come.
 * A named window (an iteration, the last N days, a range of whole days) resolves here too, so this
 * is the one place a window becomes two instants.
 */
export function resolveMetricsWindow(course: Course, request: WindowRequest, nowMs: number, iterations: readonly Iteration[] = []): FactWindow {
  if (request.window !== undefined && (request.from !== undefined || request.to !== undefined)) {
    throw new ApiFailure('invalid_input', 'Give either a named window or from/to, not both.');
  }
  const plain = request.window === undefined ? request : resolveSpec(course, request.window, iterations, nowMs);
  const fromMs = plain.from !== undefined ? toInstant(plain.from, 'from') : course.windowStart ? toStoredDayStart(course, 'starts', course.windowStart) : null;
  const requestedTo =
    plain.to !== undefined ? toInstant(plain.to, 'to') : course.windowEnd ? toStoredDayStart(course, 'ends', course.windowEnd) + dayMs : nowMs;
  const toMs = Math.min(requestedTo, nowMs);
  if (fromMs !== null && toMs < fromMs) {
    throw new ApiFailure('invalid_input', request.window ? 'That window has not started yet: it begins after now.' : 'The window ends before it starts.');
  }
  return { from: fromMs === null ? null : new Date(fromMs).toISOString(), to: new Date(toMs).toISOString() };
}

/**
 * The window an iteration's grades count in, as a plain request for resolveMetricsWindow: from its
 * first day's start to the start of the day after its last (both UTC), or to `asOf`, which must then
 * lie inside the iteration. An iteration that has not started has nothing to grade yet.
 */
export function resolveIterationGradingWindow(iteration: Iteration, asOf: string | undefined, nowMs: number): WindowRequest {
  const label = `iteration "${iteration.name}" (${iteration.start} to ${iteration.end})`;
  if (!isCalendarDate(iteration.start)) throw new ApiFailure('conflict', `The stored ${label} does not start on a date; set it again in Course settings.`);
  const startMs = Date.parse(`${iteration.start}T00:00:00Z`);
  const endMs = dayAfter(iteration.end, `Iteration "${iteration.name}" end`);
  if (startMs > nowMs) throw new ApiFailure('conflict', `The ${label} has not started yet, so it has no grades.`);
  if (asOf === undefined) return { from: iteration.start, to: new Date(endMs).toISOString() };
  const asOfMs = toInstant(asOf, 'asOf');
  if (asOfMs <= startMs || asOfMs > endMs) {
    throw new ApiFailure('invalid_input', `asOf: ${asOf} is outside ${label}; give an instant after its first day starts and by the end of its last day.`);
  }
  return { from: iteration.start, to: asOf };
}
