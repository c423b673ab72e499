import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCommitHeatmap, toWeekdayHour } from '../../../../shared/metrics/commit-heatmap';

describe('toWeekdayHour', () => {
  it('reads the weekday and hour in the course’s time zone', () => {
    // Monday 2 March 2026, 23:30 UTC.
    expect(toWeekdayHour('2026-03-02T23:30:00.000Z', 'UTC')).toEqual({ weekday: 0, hour: 23 });
    expect(toWeekdayHour('2026-03-02T23:30:00.000Z', 'Europe/Prague')).toEqual({ weekday: 1, hour: 0 });
    expect(toWeekdayHour('2026-03-08T12:00:00.000Z', 'UTC')).toEqual({ weekday: 6, hour: 12 });
  });
});

describe('computeCommitHeatmap', () => {
  it('counts commits per weekday and hour and lists only cells with commits', () => {
    const cells = computeCommitHeatmap(
      [{ committedDate: '2026-03-02T09:10:00.000Z' }, { committedDate: '2026-03-09T09:50:00.000Z' }, { committedDate: '2026-03-04T18:00:00.000Z' }],
      'UTC',
    );
    expect(cells).toEqual([
      { weekday: 0, hour: 9, commits: 2 },
      { weekday: 2, hour: 18, commits: 1 },
    ]);
  });

  it('keeps every commit in a cell of the week', () => {
    const instant = fc.integer({ min: Date.parse('2026-01-01'), max: Date.parse('2026-12-31') }).map((ms) => ({ committedDate: new Date(ms).toISOString() }));
    fc.assert(
      fc.property(fc.array(instant, { maxLength: 80 }), fc.constantFrom('UTC', 'Asia/Kolkata', 'America/Los_Angeles'), (commits, zone) => {
        const cells = computeCommitHeatmap(commits, zone);
        expect(cells.reduce((sum, c) => sum + c.commits, 0)).toBe(commits.length);
        for (const cell of cells) {
          expect(cell.weekday).toBeGreaterThanOrEqual(0);
          expect(cell.weekday).toBeLessThan(7);
          expect(cell.hour).toBeGreaterThanOrEqual(0);
          expect(cell.hour).toBeLessThan(24);
        }
      }),
    );
  });
});
