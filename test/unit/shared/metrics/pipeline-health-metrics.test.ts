import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildsPerDay } from '../../../../shared/metrics/builds-per-day';
import { latestCoverage } from '../../../../shared/metrics/latest-coverage';
import { meanTimeToRecovery, openFailureAge } from '../../../../shared/metrics/mean-time-to-recovery';
import { computePipelineDuration } from '../../../../shared/metrics/pipeline-duration';
import { meanPipelineDuration, medianPipelineDuration, p95PipelineDuration } from '../../../../shared/metrics/pipeline-duration-stats';
import type { PipelineFact, TeamFacts } from '../../../../shared/metrics/team-facts';

const window = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-11T00:00:00.000Z' };
let nextId = 1;

/** A pipeline at `hour` hours into the window, finishing `minutes` later. */
function run(status: string, hour: number, patch: Partial<PipelineFact> = {}): PipelineFact {
  const created = Date.parse(window.from) + hour * 3_600_000;
  return {
    id: nextId++,
    status,
    ref: 'main',
    createdAt: new Date(created).toISOString(),
    finishedAt: new Date(created + 600_000).toISOString(),
    durationS: 600,
    coverage: null,
    ...patch,
  };
}

function team(pipelines: PipelineFact[], patch: Partial<TeamFacts> = {}): TeamFacts {
  return { window, defaultBranch: 'main', pipelines, ...patch };
}

describe('computePipelineDuration', () => {
  it('counts overlapping jobs once and leaves out the gap between stages', () => {
    const at = (m: number) => new Date(Date.parse('2026-03-01T10:00:00Z') + m * 60_000).toISOString();
    expect(
      computePipelineDuration([
        { startedAt: at(0), finishedAt: at(5) },
        { startedAt: at(2), finishedAt: at(4) },
        { startedAt: at(3), finishedAt: at(7) },
        { startedAt: at(10), finishedAt: at(12) },
      ]),
    ).toBe(9 * 60);
  });

  it('is null when no job both started and finished', () => {
    expect(
      computePipelineDuration([
        { startedAt: '2026-03-01T10:00:00Z', finishedAt: null },
        { startedAt: null, finishedAt: null },
      ]),
    ).toBeNull();
    expect(computePipelineDuration([])).toBeNull();
  });

  it('never exceeds the time from the first job’s start to the last job’s end', () => {
    const interval = fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 5_000 })).map(([start, length]) => ({
      startedAt: new Date(1_700_000_000_000 + start * 1000).toISOString(),
      finishedAt: new Date(1_700_000_000_000 + (start + length) * 1000).toISOString(),
    }));
    fc.assert(
      fc.property(fc.array(interval, { minLength: 1, maxLength: 30 }), (jobs) => {
        const span = (Math.max(...jobs.map((j) => Date.parse(j.finishedAt))) - Math.min(...jobs.map((j) => Date.parse(j.startedAt)))) / 1000;
        const longest = Math.max(...jobs.map((j) => (Date.parse(j.finishedAt) - Date.parse(j.startedAt)) / 1000));
        const duration = computePipelineDuration(jobs) ?? -1;
        expect(duration).toBeLessThanOrEqual(span);
        expect(duration).toBeGreaterThanOrEqual(longest);
      }),
    );
  });
});

describe('the duration statistics', () => {
  it('take only finished pipelines with a duration, and p95 by nearest rank', () => {
    const durations = [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200, 1300, 1400, 1500, 1600, 1700, 1800, 1900, 2000, 9999];
    const facts = team([
      ...durations.map((d, i) => run(i % 2 ? 'success' : 'failed', i, { durationS: d })),
      run('canceled', 30, { durationS: 50_000 }),
      run('success', 31, { durationS: null }),
    ]);
    expect(meanPipelineDuration.compute(facts)).toBeCloseTo(durations.reduce((a, b) => a + b, 0) / durations.length);
    expect(medianPipelineDuration.compute(facts)).toBe(1100);
    // 21 values: rank ceil(0.95 × 21) = 20, the 20th smallest.
    expect(p95PipelineDuration.compute(facts)).toBe(2000);
  });

  it('take the mean of the middle two for an even count, and are null with nothing finished', () => {
    expect(medianPipelineDuration.compute(team([run('success', 1, { durationS: 10 }), run('failed', 2, { durationS: 30 })]))).toBe(20);
    expect(meanPipelineDuration.compute(team([run('running', 1)]))).toBeNull();
  });
});

describe('builds per day', () => {
  it('divides the window’s pipelines by its length in days, fractions included', () => {
    expect(buildsPerDay.compute(team([run('success', 1), run('failed', 2), run('skipped', 3)]))).toBeCloseTo(3 / 10);
    const half = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-01T12:00:00.000Z' };
    expect(buildsPerDay.compute(team([run('success', 1)], { window: half }))).toBeCloseTo(2);
  });

  it('is zero for an empty window and null for a window that has no length', () => {
    expect(buildsPerDay.compute(team([]))).toBe(0);
    expect(buildsPerDay.compute(team([], { window: { from: window.from, to: window.from } }))).toBeNull();
  });
});

describe('mean time to recovery', () => {
  it('averages ended failure episodes on the default branch, from the first failure’s finish to the success’s finish', () => {
    const facts = team([
      run('success', 0),
      run('failed', 1),
      run('failed', 2),
      run('success', 4),
      run('failed', 10, { ref: 'feature' }),
      run('failed', 20),
      run('success', 22),
    ]);
    expect(meanTimeToRecovery.compute(facts)).toBe(((4 - 1) * 3600 + (22 - 20) * 3600) / 2);
    expect(openFailureAge.compute(facts)).toBeNull();
  });

  it('leaves an episode open at the window’s end out of MTTR and reports its age instead', () => {
    const facts = team([run('failed', 0), run('success', 1), run('failed', 200)]);
    expect(meanTimeToRecovery.compute(facts)).toBe(3600);
    const firstFailureFinish = Date.parse(window.from) + 200 * 3_600_000 + 600_000;
    expect(openFailureAge.compute(facts)).toBe((Date.parse(window.to) - firstFailureFinish) / 1000);
  });

  it('orders pipelines created in the same instant by id', () => {
    const same = '2026-03-02T00:00:00.000Z';
    const failed = run('failed', 24, { id: 501, createdAt: same, finishedAt: '2026-03-02T00:10:00.000Z' });
    const success = run('success', 24, { id: 502, createdAt: same, finishedAt: '2026-03-02T00:40:00.000Z' });
    expect(meanTimeToRecovery.compute(team([success, failed]))).toBe(30 * 60);
  });

  it('is null without a default branch or without any ended episode', () => {
    expect(meanTimeToRecovery.compute(team([run('failed', 1), run('success', 2)], { defaultBranch: null }))).toBeNull();
    expect(meanTimeToRecovery.compute(team([run('success', 1), run('success', 2)]))).toBeNull();
  });

  it('does not change when canceled or skipped pipelines are added anywhere', () => {
    const outcome = fc.constantFrom('success', 'failed');
    fc.assert(
      fc.property(
        fc.array(outcome, { maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(60), fc.constantFrom('canceled', 'skipped')), { maxLength: 20 }),
        (outcomes, noise) => {
          const base = outcomes.map((status, i) => run(status, i * 2));
          const noisy = [...base, ...noise.map(([hour, status]) => run(status, hour))];
          expect(meanTimeToRecovery.compute(team(noisy))).toBe(meanTimeToRecovery.compute(team(base)));
          expect(openFailureAge.compute(team(noisy))).toBe(openFailureAge.compute(team(base)));
        },
      ),
    );
  });
});

describe('latest coverage', () => {
  it('takes the newest default-branch pipeline that has a coverage', () => {
    const facts = team([
      run('success', 1, { coverage: 61 }),
      run('success', 2, { coverage: 70, ref: 'feature' }),
      run('failed', 3, { coverage: 55.5 }),
      run('success', 4),
    ]);
    expect(latestCoverage.compute(facts)).toBe(55.5);
    expect(latestCoverage.compute(team([run('success', 1)]))).toBeNull();
  });
});
