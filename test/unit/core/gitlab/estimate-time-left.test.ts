import { describe, expect, it } from 'vitest';
import { estimateTimeLeft, type TimeLeftInput } from '../../../../electron/core/gitlab/estimate-time-left';

// Two finished teams of three steps, 20 requests each: the steps cost 2, 10 and 8 on average.
const input = (over: Partial<TimeLeftInput> = {}): TimeLeftInput => ({
  teamsTotal: 10,
  teamsDone: 2,
  finishedTeams: [
    [2, 8, 10],
    [2, 12, 6],
  ],
  runningTeams: [],
  budgetLeft: 0,
  perMinute: 600,
  pausedMs: 0,
  requests: 40,
  elapsedMs: 1_000,
  ...over,
});

describe('estimateTimeLeft', () => {
  it('offers none before two teams have finished, however fast the first pages came', () => {
    expect(estimateTimeLeft(input({ teamsDone: 0, finishedTeams: [] }))).toBeNull();
    expect(estimateTimeLeft(input({ teamsDone: 1, finishedTeams: [[2, 8, 10]] }))).toBeNull();
  });

  it('is bound by the budget: 8 teams of 20 requests at 10 a second, once the burst left is spent', () => {
    expect(estimateTimeLeft(input())).toBe(16_000);
    expect(estimateTimeLeft(input({ budgetLeft: 40 }))).toBe(12_000);
  });

  it('offers none when the burst left covers most of what is expected, so a small undercount would read as seconds', () => {
    // 160 expected, 120 at once: 4 s, but 120 expected (a quarter fewer) would take 1.2 s at the pace seen.
    expect(estimateTimeLeft(input({ budgetLeft: 120, elapsedMs: 400 }))).toBeNull();
  });

  it('is bound by the pace GitLab answers at when that is slower than the budget', () => {
    // 40 requests took 8 s: 200 ms each, so 160 take 32 s.
    expect(estimateTimeLeft(input({ perMinute: 100_000, elapsedMs: 8_000 }))).toBe(32_000);
  });

  it('adds the pause GitLab asked for', () => {
    expect(estimateTimeLeft(input({ pausedMs: 5_000 }))).toBe(21_000);
  });

  it('counts what a running team has left of its step from the completed steps larger than it, then the means of the steps it has not reached', () => {
    const estimate = estimateTimeLeft(
      input({
        runningTeams: [
          // In step 1 with 9 spent: the completed ones larger cost 12 and 10, so 2 more; then step 2's mean, 8.
          { requestsByStep: [2, 9, 0], step: 1 },
          // Past step 1 at 10 (its mean stays 10), in step 2 with 3 spent: the completed ones cost 10 and 6, so 5 more.
          { requestsByStep: [2, 10, 3], step: 2 },
        ],
      }),
    );
    // 6 teams not started (120), 10 and 5 for the running ones: 135 requests at 10 a second.
    expect(estimate).toBe(13_500);
  });

  it('counts the large teams still running in what a team not started costs: the first to finish are the cheapest', () => {
    // Past step 1 at 16: that step's mean is 12, so a team costs 22; 8 more for its step 2. 7 teams to start.
    expect(estimateTimeLeft(input({ runningTeams: [{ requestsByStep: [2, 16, 0], step: 2 }] }))).toBe(16_200);
  });

  it("counts the step's mean again for a running team past every completed one", () => {
    // Step 1 cost 8 and 12, this one has spent 30: 10 more, then 8 for step 2, after 7 teams of 20.
    expect(estimateTimeLeft(input({ runningTeams: [{ requestsByStep: [2, 30, 0], step: 1 }] }))).toBe(15_800);
  });

  it('offers none while the finished teams differ too much to say what the others cost', () => {
    expect(
      estimateTimeLeft(
        input({
          finishedTeams: [
            [2, 4, 4],
            [2, 20, 8],
          ],
        }),
      ),
    ).toBeNull();
  });

  it("offers none when what is left is a running team's last steps, which vary as much as they do", () => {
    // In step 1 with 7 spent: 3 more (the larger ones cost 8 and 12, variance 8), then step 2 (8, variance 8).
    const running = { requestsByStep: [2, 7, 0], step: 1 };
    // With one team of 20 still to start, 31 requests with a standard deviation of 4: 3.1 s.
    expect(estimateTimeLeft(input({ teamsTotal: 4, runningTeams: [running] }))).toBe(3_100);
    // Without it, 11 requests give or take 8 (two deviations): could be 3 or 19.
    expect(estimateTimeLeft(input({ teamsTotal: 3, runningTeams: [running] }))).toBeNull();
  });

  it('offers none once every team is done', () => {
    expect(estimateTimeLeft(input({ teamsDone: 10 }))).toBeNull();
  });
});
