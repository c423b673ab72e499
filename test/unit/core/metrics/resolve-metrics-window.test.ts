import { describe, expect, it } from 'vitest';
import type { Course } from '../../../../shared/domain/course';
import { resolveMetricsWindow } from '../../../../electron/core/metrics/resolve-metrics-window';

const course: Course = {
  id: 1,
  name: 'se',
  gitlabUrl: 'https://gitlab.example.edu',
  source: { kind: 'group', groupPath: 'g' },
  isDemo: false,
  teamCount: 0,
  lastSyncedAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  windowStart: '2026-02-16',
  windowEnd: '2026-05-15',
  syncIntervalMinutes: 60,
  lastSyncError: null,
  coverageThreshold: 60,
  timeZone: null,
};
const afterTerm = Date.parse('2026-09-01T00:00:00Z');

describe('resolveMetricsWindow', () => {
  it('takes the course window with its last day included', () => {
    expect(resolveMetricsWindow(course, {}, afterTerm)).toEqual({ from: '2026-02-16T00:00:00.000Z', to: '2026-05-16T00:00:00.000Z' });
  });

  it('caps the end at now while the course runs', () => {
    expect(resolveMetricsWindow(course, {}, Date.parse('2026-03-01T12:00:00Z')).to).toBe('2026-03-01T12:00:00.000Z');
  });

  it('takes dates and instants given instead, and refuses what is neither', () => {
    expect(resolveMetricsWindow(course, { from: '2026-03-01', to: '2026-03-08T06:00:00+01:00' }, afterTerm)).toEqual({
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-03-08T05:00:00.000Z',
    });
    expect(() => resolveMetricsWindow(course, { from: 'last week' }, afterTerm)).toThrow('from: last week is not a date or time');
  });

  it('refuses a requested date that is not a real day', () => {
    expect(() => resolveMetricsWindow(course, { from: '2026-04-31' }, afterTerm)).toThrow('from: 2026-04-31 is not a date or time');
  });

  it('reports a stored window date that is impossible, naming the course and the fix', () => {
    expect(() => resolveMetricsWindow({ ...course, windowEnd: '2026-00-00' }, {}, afterTerm)).toThrow(
      'The window of course "se" ends on 2026-00-00, which is not a date; set it again in Course settings or with gitpulse course set "se" --window-end YYYY-MM-DD.',
    );
    expect(() => resolveMetricsWindow({ ...course, windowStart: '2026-13-45' }, {}, afterTerm)).toThrow('starts on 2026-13-45, which is not a date');
  });

  it('refuses a window that ends before it starts', () => {
    expect(() => resolveMetricsWindow(course, { from: '2026-04-01', to: '2026-03-01' }, afterTerm)).toThrow('ends before it starts');
  });

  it('starts at the first pipeline for a course without a window start', () => {
    expect(resolveMetricsWindow({ ...course, windowStart: null, windowEnd: null }, {}, afterTerm)).toEqual({ from: null, to: '2026-09-01T00:00:00.000Z' });
  });

  describe('named windows', () => {
    const iterations = [
      { name: 'Iteration 1', start: '2026-02-16', end: '2026-03-01', weight: 1 },
      { name: 'Iteration 2', start: '2026-03-02', end: '2026-03-15', weight: 1 },
    ];
    const now = Date.parse('2026-03-10T12:00:00Z');

    it('takes an iteration by name, any case, its last day included', () => {
      expect(resolveMetricsWindow(course, { window: { kind: 'iteration', name: 'iteration 1' } }, afterTerm, iterations)).toEqual({
        from: '2026-02-16T00:00:00.000Z',
        to: '2026-03-02T00:00:00.000Z',
      });
    });

    it('caps a running iteration at now', () => {
      expect(resolveMetricsWindow(course, { window: { kind: 'iteration', name: 'Iteration 2' } }, now, iterations).to).toBe('2026-03-10T12:00:00.000Z');
    });

    it('names the iterations there are when asked for one that is not', () => {
      expect(() => resolveMetricsWindow(course, { window: { kind: 'iteration', name: 'Sprint 9' } }, now, iterations)).toThrow(
        '"se" has no iteration "Sprint 9"; it has "Iteration 1", "Iteration 2".',
      );
    });

    it('counts the last N days back from now', () => {
      expect(resolveMetricsWindow(course, { window: { kind: 'lastDays', days: 7 } }, now)).toEqual({
        from: '2026-03-03T12:00:00.000Z',
        to: '2026-03-10T12:00:00.000Z',
      });
    });

    it('takes a range of whole days with the last one included', () => {
      expect(resolveMetricsWindow(course, { window: { kind: 'range', first: '2026-02-20', last: '2026-02-20' } }, afterTerm)).toEqual({
        from: '2026-02-20T00:00:00.000Z',
        to: '2026-02-21T00:00:00.000Z',
      });
    });

    it('refuses a range that ends before it starts, and impossible days', () => {
      expect(() => resolveMetricsWindow(course, { window: { kind: 'range', first: '2026-03-02', last: '2026-03-01' } }, afterTerm)).toThrow(
        'The last day 2026-03-01 is before the first day 2026-03-02.',
      );
      expect(() => resolveMetricsWindow(course, { window: { kind: 'range', first: '2026-02-30', last: '2026-03-01' } }, afterTerm)).toThrow(
        'First day: 2026-02-30 is not a date (YYYY-MM-DD).',
      );
    });

    it('refuses a named window together with from or to', () => {
      expect(() => resolveMetricsWindow(course, { window: { kind: 'course' }, from: '2026-03-01' }, afterTerm)).toThrow('not both');
    });
  });
});
