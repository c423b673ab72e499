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
});
