import { isCalendarDate } from '../../../shared/domain/calendar-date';
import type { Iteration } from '../../../shared/domain/iteration';
import type { MetricsWindowSpec } from '../../../shared/domain/metrics-window';

/** One entry of a window selector: a stable id for the <select>, what it reads, and the window it asks for. */
export interface WindowOption {
  id: string;
  label: string;
  /** undefined for "Custom range…", whose days come from the date pickers. */
  spec: MetricsWindowSpec | undefined;
}

export const courseWindow: MetricsWindowSpec = { kind: 'course' };

export const customOptionId = 'custom';

/** The id a spec is selected under; every custom range is the one "custom" entry. */
export function optionIdOf(spec: MetricsWindowSpec): string {
  switch (spec.kind) {
    case 'course':
      return 'course';
    case 'iteration':
      return `iteration:${spec.name.toLowerCase()}`;
    case 'lastDays':
      return `last:${spec.days}`;
    case 'range':
      return customOptionId;
  }
}

/**
 * A string naming the window exactly, for keying a store's answers: unlike optionIdOf, two custom
 * ranges differ, so an answer for one range is never shown for another.
 */
export function windowKeyOf(spec: MetricsWindowSpec): string {
  return spec.kind === 'range' ? `range:${spec.first}:${spec.last}` : optionIdOf(spec);
}

/** Course window, each iteration in date order with its days, the last 7 and 30 days, then a custom range. */
export function listWindowOptions(iterations: readonly Iteration[]): WindowOption[] {
  return [
    { id: 'course', label: 'Course window', spec: courseWindow },
    ...iterations.map((i) => ({
      id: `iteration:${i.name.toLowerCase()}`,
      label: `${i.name} (${i.start} – ${i.end})`,
      spec: { kind: 'iteration' as const, name: i.name },
    })),
    { id: 'last:7', label: 'Last 7 days', spec: { kind: 'lastDays', days: 7 } },
    { id: 'last:30', label: 'Last 30 days', spec: { kind: 'lastDays', days: 30 } },
    { id: customOptionId, label: 'Custom range…', spec: undefined },
  ];
}

/**
 * The spec a selection still stands for once the iteration list changed: an iteration that was
 * removed (or renamed) falls back to the course window instead of asking the core for a name it no longer has.
 */
export function keepValidWindow(spec: MetricsWindowSpec, iterations: readonly Iteration[]): MetricsWindowSpec {
  if (spec.kind !== 'iteration') return spec;
  return iterations.some((i) => i.name.toLowerCase() === spec.name.toLowerCase()) ? spec : courseWindow;
}

/** What is wrong with a custom range typed into the pickers, or null when it can be applied. */
export function describeRangeProblem(first: string, last: string): string | null {
  if (first === '' || last === '') return 'Pick a first and a last day.';
  if (!isCalendarDate(first)) return `${first} is not a date.`;
  if (!isCalendarDate(last)) return `${last} is not a date.`;
  if (last < first) return 'The last day is before the first day.';
  return null;
}

/** The figures' window in words, for headings and chart summaries: "Iteration 2", "the last 7 days". */
export function describeWindowSpec(spec: MetricsWindowSpec): string {
  switch (spec.kind) {
    case 'course':
      return 'the course window';
    case 'iteration':
      return spec.name;
    case 'lastDays':
      return `the last ${spec.days} days`;
    case 'range':
      return spec.first === spec.last ? spec.first : `${spec.first} to ${spec.last}`;
  }
}
