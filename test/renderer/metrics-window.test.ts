import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCourseMetricsStore } from '../../renderer/features/courses/course-metrics-store';
import { createCoursesStore } from '../../renderer/features/courses/courses-store';
import {
  isIterationListChanged,
  isWeightTheProblem,
  toIterationInput,
  toIterationRow,
  validateIterationRows,
} from '../../renderer/features/course-settings/validate-iteration-rows';
import { validateMetricSettings } from '../../renderer/features/course-settings/validate-metric-settings';
import { createIterationsStore } from '../../renderer/features/metrics-window/iterations-store';
import {
  describeRangeProblem,
  describeWindowSpec,
  keepValidWindow,
  listWindowOptions,
  optionIdOf,
} from '../../renderer/features/metrics-window/window-options';
import { openTestCore } from './open-test-core';

const iterations = [
  { name: 'Iteration 1', start: '2026-02-16', end: '2026-03-01', weight: 1 },
  { name: 'Iteration 2', start: '2026-03-02', end: '2026-03-15', weight: 1 },
];

describe('window options', () => {
  it('offer the course window, each iteration, the last 7 and 30 days and a custom range, in that order', () => {
    expect(listWindowOptions(iterations).map((o) => o.label)).toEqual([
      'Course window',
      'Iteration 1 (2026-02-16 – 2026-03-01)',
      'Iteration 2 (2026-03-02 – 2026-03-15)',
      'Last 7 days',
      'Last 30 days',
      'Custom range…',
    ]);
    for (const option of listWindowOptions(iterations)) if (option.spec) expect(optionIdOf(option.spec)).toBe(option.id);
  });

  it('fall back to the course window when the chosen iteration was removed', () => {
    expect(keepValidWindow({ kind: 'iteration', name: 'iteration 2' }, iterations)).toEqual({ kind: 'iteration', name: 'iteration 2' });
    expect(keepValidWindow({ kind: 'iteration', name: 'Iteration 3' }, iterations)).toEqual({ kind: 'course' });
  });

  it('check a custom range before it is applied and describe every window in words', () => {
    expect(describeRangeProblem('', '2026-03-01')).toBe('Pick a first and a last day.');
    expect(describeRangeProblem('2026-03-02', '2026-03-01')).toBe('The last day is before the first day.');
    expect(describeRangeProblem('2026-02-30', '2026-03-01')).toBe('2026-02-30 is not a date.');
    expect(describeRangeProblem('2026-03-01', '2026-03-01')).toBeNull();
    expect(describeWindowSpec({ kind: 'lastDays', days: 30 })).toBe('the last 30 days');
    expect(describeWindowSpec({ kind: 'range', first: '2026-03-01', last: '2026-03-07' })).toBe('2026-03-01 to 2026-03-07');
  });
});

describe('the settings forms’ checks', () => {
  it('name each iteration row’s problem, a duplicate name included', () => {
    expect(
      validateIterationRows([
        { name: 'Sprint', start: '2026-03-01', end: '2026-03-10', weight: '1' },
        { name: 'sprint', start: '2026-03-11', end: '2026-03-20', weight: '1' },
        { name: 'Late', start: '2026-03-20', end: '2026-03-11', weight: '1' },
        { name: 'Heavy', start: '2026-03-21', end: '2026-03-30', weight: '120' },
        { name: 'Blank', start: '2026-03-21', end: '2026-03-30', weight: '' },
        { name: 'Half', start: '2026-03-21', end: '2026-03-30', weight: '0,5' },
        { name: 'Below', start: '2026-03-21', end: '2026-03-30', weight: '-1' },
      ]),
    ).toEqual([
      undefined,
      'Row 1 is already named "sprint"; give each iteration its own name.',
      '"Late" ends on 2026-03-11, which is not after its start 2026-03-20.',
      'The weight of "Heavy" is 120; it must be from 0 to 100.',
      'The weight of "Blank" must be a number from 0 to 100.',
      undefined,
      'The weight of "Below" is -1; it must be from 0 to 100.',
    ]);
    const rows = iterations.map(toIterationRow);
    expect(isIterationListChanged(rows, iterations)).toBe(false);
    expect(isIterationListChanged([...rows].reverse(), iterations)).toBe(true);
    expect(
      isIterationListChanged(
        rows.map((row, i) => (i === 0 ? { ...row, weight: '2' } : row)),
        iterations,
      ),
    ).toBe(true);
    expect(toIterationInput({ name: 'Half', start: '2026-03-21', end: '2026-03-30', weight: '0,5' }).weight).toBe(0.5);
  });

  it('refuse a threshold outside 0..100 and an unknown time zone', () => {
    expect(validateMetricSettings({ coverageThreshold: '60', timeZone: '' })).toEqual({});
    expect(validateMetricSettings({ coverageThreshold: '120', timeZone: 'Europe/Prague' })).toEqual({
      coverageThreshold: 'A coverage threshold is between 0 and 100.',
    });
    expect(validateMetricSettings({ coverageThreshold: 'x', timeZone: 'Mars/Olympus' })).toEqual({
      coverageThreshold: 'Give the coverage threshold as a number from 0 to 100.',
      timeZone: '"Mars/Olympus" is not a time zone; use an IANA name such as Europe/Prague or UTC.',
    });
  });

  it('mark the weight field only when the weight alone is wrong, whatever the name says', () => {
    const row = { name: 'weight review', start: '2026-03-01', end: '2026-03-10', weight: '1' };
    expect(isWeightTheProblem(row)).toBe(false);
    expect(isWeightTheProblem({ ...row, weight: '-1' })).toBe(true);
    expect(isWeightTheProblem({ ...row, weight: 'x' })).toBe(true);
    expect(isWeightTheProblem({ ...row, end: '2026-02-01', weight: '-1' })).toBe(false);
  });
});

describe('the iterations and metrics stores over a real core', () => {
  let test: Awaited<ReturnType<typeof openTestCore>>;
  beforeEach(async () => {
    test = await openTestCore();
  });
  afterEach(() => test.close());

  it('saves a list whole, refuses a bad one whole, and counts metrics in a chosen iteration', async () => {
    const courseId = await createCoursesStore(test.api).getState().createDemoCourse();
    if (courseId === undefined) throw new Error('no demo course');
    const store = createIterationsStore(test.api);
    expect(await store.getState().replaceIterations(courseId, iterations)).toEqual({ iterations });
    const refused = await store
      .getState()
      .replaceIterations(courseId, [...iterations, { name: 'ITERATION 1', start: '2026-04-01', end: '2026-04-10', weight: 1 }]);
    expect(refused).toEqual({ error: { code: 'invalid_input', message: 'Two iterations are named "ITERATION 1"; give each its own name.' } });
    await store.getState().fetchIterations(courseId);
    expect(store.getState().byCourse[courseId]?.iterations).toEqual(iterations);

    const metrics = createCourseMetricsStore(test.api);
    await metrics.getState().fetchMetrics(courseId, { kind: 'iteration', name: 'Iteration 2' });
    const entry = metrics.getState().byCourse[courseId];
    expect(entry?.metrics?.from).toBe('2026-03-02T00:00:00.000Z');
    expect(entry?.metrics?.to).toBe('2026-03-16T00:00:00.000Z');
    await metrics.getState().fetchMetrics(courseId);
    const whole = metrics.getState().byCourse[courseId]?.metrics;
    const inIteration = entry?.metrics?.teams.reduce((sum, t) => sum + t.pipelines.total, 0) ?? 0;
    expect(inIteration).toBeGreaterThan(0);
    expect(whole?.teams.reduce((sum, t) => sum + t.pipelines.total, 0)).toBeGreaterThan(inIteration);
  });
});
