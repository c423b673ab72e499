import { describe, expect, it } from 'vitest';
import { computeDailyCoverage, computeDailyPipelines, toCalendarDay } from '../../../../shared/metrics/daily-series';
import type { PipelineFact, TeamFacts } from '../../../../shared/metrics/team-facts';

function pipeline(id: number, createdAt: string, patch: Partial<PipelineFact> = {}): PipelineFact {
  return { id, status: 'success', ref: 'main', createdAt, finishedAt: null, durationS: 100, coverage: null, ...patch };
}

const facts = (pipelines: PipelineFact[]): TeamFacts => ({ window: { from: null, to: '2026-04-01T00:00:00.000Z' }, defaultBranch: 'main', pipelines });

describe('toCalendarDay', () => {
  it('counts a late evening in UTC as the next day in Prague and the same day in New York', () => {
    expect(toCalendarDay('2026-03-02T23:30:00.000Z', 'Europe/Prague')).toBe('2026-03-03');
    expect(toCalendarDay('2026-03-02T23:30:00.000Z', 'America/New_York')).toBe('2026-03-02');
    expect(toCalendarDay('2026-03-02T23:30:00.000Z', 'UTC')).toBe('2026-03-02');
  });
});

describe('computeDailyPipelines', () => {
  it('groups pipelines by the course’s calendar day, with outcomes and duration statistics', () => {
    const days = computeDailyPipelines(
      facts([
        pipeline(1, '2026-03-02T10:00:00.000Z', { durationS: 100 }),
        pipeline(2, '2026-03-02T23:30:00.000Z', { status: 'failed', durationS: 300 }),
        pipeline(3, '2026-03-03T08:00:00.000Z', { durationS: 500 }),
        pipeline(4, '2026-03-03T09:00:00.000Z', { status: 'canceled', durationS: 9000 }),
      ]),
      'Europe/Prague',
    );
    expect(days).toEqual([
      { day: '2026-03-02', pipelines: 1, success: 1, failed: 0, medianDurationS: 100, p95DurationS: 100 },
      { day: '2026-03-03', pipelines: 3, success: 1, failed: 1, medianDurationS: 400, p95DurationS: 500 },
    ]);
  });
});

describe('computeDailyCoverage', () => {
  it('keeps the last default-branch coverage of each day', () => {
    const series = computeDailyCoverage(
      facts([
        pipeline(1, '2026-03-02T08:00:00.000Z', { coverage: 50 }),
        pipeline(2, '2026-03-02T09:00:00.000Z', { coverage: 55 }),
        pipeline(3, '2026-03-02T10:00:00.000Z', { coverage: 90, ref: 'feature' }),
        pipeline(4, '2026-03-04T10:00:00.000Z', { coverage: 61 }),
        pipeline(5, '2026-03-05T10:00:00.000Z'),
      ]),
      'UTC',
    );
    expect(series).toEqual([
      { day: '2026-03-02', coverage: 55 },
      { day: '2026-03-04', coverage: 61 },
    ]);
  });
});
