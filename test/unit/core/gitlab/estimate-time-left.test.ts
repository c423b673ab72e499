import { describe, expect, it } from 'vitest';
import { estimateTimeLeft, type TimeLeftInput } from '../../../../electron/core/gitlab/estimate-time-left';

const input = (over: Partial<TimeLeftInput> = {}): TimeLeftInput => ({
  teamsTotal: 10,
  teamsDone: 2,
  finishedTeamRequests: [100, 120],
  runningTeams: [],
  budgetLeft: 0,
  perMinute: 600,
  requests: 220,
  elapsedMs: 20_000,
  ...over,
});

describe('estimateTimeLeft', () => {
  it('offers none before a team has finished, however fast the first pages came', () => {
    expect(estimateTimeLeft(input({ teamsDone: 0, finishedTeamRequests: [], requests: 90, elapsedMs: 300, budgetLeft: 10 }))).toBeNull();
  });

  it('is bound by the budget: 8 teams of 110 requests at 10 a second, once the burst left is spent', () => {
    expect(estimateTimeLeft(input({ elapsedMs: 1_000 }))).toBe(88_000);
    expect(estimateTimeLeft(input({ elapsedMs: 1_000, budgetLeft: 80 }))).toBe(80_000);
  });

  it('is bound by the pace GitLab answers at when that is slower than the budget', () => {
    // 220 requests took 44 s: 200 ms each, so 880 requests take 176 s.
    expect(estimateTimeLeft(input({ elapsedMs: 44_000, perMinute: 100_000 }))).toBe(176_000);
  });

  it('counts for each running team the larger of what the average leaves and the average share of its resources not reached', () => {
    const running = estimateTimeLeft(
      input({
        elapsedMs: 1_000,
        runningTeams: [
          { requests: 60, stepsDone: 0.5 },
          { requests: 150, stepsDone: 0.75 },
        ],
      }),
    );
    // 6 teams not started (660), half of 110 for the first, a quarter of 110 for the one past the average: 742.5 requests at 10/s.
    expect(running).toBe(74_250);
  });

  it('offers none once every team is done', () => {
    expect(estimateTimeLeft(input({ teamsDone: 10 }))).toBeNull();
  });
});
