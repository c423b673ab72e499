import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PipelineFact } from '../../../../shared/metrics/team-facts';
import { computeWeeklyPipelines as computeWeekly, toWeekStart } from '../../../../shared/metrics/weekly-pipelines';

const window = { from: null, to: '2027-01-01T00:00:00.000Z' };
const computeWeeklyPipelines = (pipelines: PipelineFact[], timeZone: string) => computeWeekly(pipelines, timeZone, window);

function pipeline(id: number, createdAt: string, status = 'success'): PipelineFact {
  return { id, status, ref: 'main', createdAt, finishedAt: null, durationS: 60, coverage: null };
}

describe('toWeekStart', () => {
  it('gives the Monday of a day, the Monday itself included', () => {
    expect(toWeekStart('2026-03-02')).toBe('2026-03-02');
    expect(toWeekStart('2026-03-08')).toBe('2026-03-02');
    expect(toWeekStart('2026-03-09')).toBe('2026-03-09');
  });
});

describe('computeWeeklyPipelines', () => {
  it('counts a Sunday-night pipeline in the week of the course’s time zone', () => {
    // 23:30 UTC on Sunday 8 March is Monday 9 March in Prague.
    const weeks = computeWeeklyPipelines([pipeline(1, '2026-03-08T23:30:00.000Z')], 'Europe/Prague');
    expect(weeks).toEqual([{ weekStart: '2026-03-09', pipelines: 1, success: 1, failed: 0, successRate: 1 }]);
    expect(computeWeeklyPipelines([pipeline(1, '2026-03-08T23:30:00.000Z')], 'UTC')[0]?.weekStart).toBe('2026-03-02');
  });

  it('rates success as the success-rate metric does (canceled counts against it) and lists an empty week between as a gap', () => {
    const weeks = computeWeeklyPipelines(
      [
        pipeline(1, '2026-03-02T10:00:00.000Z'),
        pipeline(2, '2026-03-03T10:00:00.000Z', 'failed'),
        pipeline(3, '2026-03-04T10:00:00.000Z', 'canceled'),
        pipeline(4, '2026-03-18T10:00:00.000Z', 'failed'),
      ],
      'UTC',
    );
    expect(weeks).toEqual([
      { weekStart: '2026-03-02', pipelines: 3, success: 1, failed: 1, successRate: 1 / 3 },
      { weekStart: '2026-03-09', pipelines: 0, success: 0, failed: 0, successRate: null },
      { weekStart: '2026-03-16', pipelines: 1, success: 0, failed: 1, successRate: 0 },
    ]);
  });

  it('gives no weeks without pipelines', () => {
    expect(computeWeeklyPipelines([], 'UTC')).toEqual([]);
  });

  it('keeps every pipeline, in consecutive Mondays, whatever the input order', () => {
    const instant = fc.integer({ min: Date.parse('2026-01-01'), max: Date.parse('2026-07-01') }).map((ms) => new Date(ms).toISOString());
    const status = fc.constantFrom('success', 'failed', 'canceled', 'skipped');
    fc.assert(
      fc.property(fc.array(fc.tuple(instant, status), { maxLength: 60 }), (rows) => {
        const weeks = computeWeeklyPipelines(
          rows.map(([at, s], i) => pipeline(i, at, s)),
          'America/New_York',
        );
        expect(weeks.reduce((sum, w) => sum + w.pipelines, 0)).toBe(rows.length);
        for (let i = 1; i < weeks.length; i += 1) {
          expect(Date.parse(weeks[i]?.weekStart ?? '') - Date.parse(weeks[i - 1]?.weekStart ?? '')).toBe(7 * 86_400_000);
        }
        for (const week of weeks) {
          expect(new Date(`${week.weekStart}T00:00:00Z`).getUTCDay()).toBe(1);
          if (week.successRate !== null) expect(week.successRate).toBeLessThanOrEqual(week.success / Math.max(1, week.success + week.failed));
        }
      }),
    );
  });
});
