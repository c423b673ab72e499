import { describe, expect, it } from 'vitest';
import { estimateTimeLeft, type TimeLeftInput } from '../../../../electron/core/gitlab/estimate-time-left';

// Twelve finished teams of three steps, 20 requests each: the steps cost 2, 10 (8 or 12) and 8 (10 or 6).
const twelveFinished = Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? [2, 8, 10] : [2, 12, 6]));

const input = (over: Partial<TimeLeftInput> = {}): TimeLeftInput => ({
  teamsTotal: 20,
  teamsDone: 12,
  finishedTeams: twelveFinished,
  runningTeams: [],
  budgetLeft: 0,
  perMinute: 600,
  pausedMs: 0,
  // 25 ms a request so far, faster than the budget's 100 ms.
  requests: 240,
  elapsedMs: 6_000,
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
    // 160 expected, 120 at once: 4 s; but a quarter fewer would all go at once, at the 10 ms a request seen so far.
    expect(estimateTimeLeft(input({ budgetLeft: 120, elapsedMs: 2_400 }))).toBeNull();
  });

  it('is bound by the pace GitLab answers at when that is slower than the budget', () => {
    // 240 requests took 48 s: 200 ms each, so 160 take 32 s.
    expect(estimateTimeLeft(input({ perMinute: 100_000, elapsedMs: 48_000 }))).toBe(32_000);
  });

  it('adds the pause GitLab asked for', () => {
    expect(estimateTimeLeft(input({ pausedMs: 5_000 }))).toBe(21_000);
  });

  it('counts what a running team has left of its step from the completed steps larger than it, then the means of the steps it has not reached', () => {
    const estimate = estimateTimeLeft(
      input({
        runningTeams: [
          // In step 1 with 11 spent: the completed ones larger all cost 12, so 1 more; then step 2's mean, 8.
          { requestsByStep: [2, 11, 0], step: 1 },
          // In step 2 with 3 spent: the completed ones cost 10 and 6, so 5 more.
          { requestsByStep: [2, 10, 3], step: 2 },
        ],
      }),
    );
    // 6 teams not started (120), 9 and 5 for the running ones: 134 requests at 10 a second.
    expect(estimate).toBe(13_400);
  });

  it('counts the large teams still running in what a team not started costs: the first to finish are the cheapest', () => {
    // Four teams past step 1 at 16 make its mean (6×8 + 6×12 + 4×16) / 16 = 11.5, so a team costs 21.5:
    // 4 not started (86), and 8 for each running one's step 2 (32).
    const past = { requestsByStep: [2, 16, 0], step: 2 };
    expect(estimateTimeLeft(input({ runningTeams: [past, past, past, past] }))).toBe(11_800);
  });

  it("counts the step's mean again for a running team past every completed one", () => {
    // Step 1 cost 8 or 12, this one has spent 30: 10 more, then 8 for step 2, after 7 teams of 20.
    expect(estimateTimeLeft(input({ runningTeams: [{ requestsByStep: [2, 30, 0], step: 1 }] }))).toBe(15_800);
  });

  it('offers none while the two finished teams differ too much to say what the others cost', () => {
    // 4 and 36 requests: the eight others could cost anything from a few dozen requests to three hundred.
    const differing = [
      [2, 2, 0],
      [2, 30, 4],
    ];
    expect(estimateTimeLeft(input({ teamsTotal: 10, teamsDone: 2, finishedTeams: differing }))).toBeNull();
  });

  it("offers none when what is left is a running team's last steps, which vary as much as they do", () => {
    // In step 1 with 7 spent: 3 more (all completed ones are larger), then step 2, 8: 11, give or take 6.
    const running = { requestsByStep: [2, 7, 0], step: 1 };
    expect(estimateTimeLeft(input({ teamsTotal: 13, runningTeams: [running] }))).toBeNull();
    // With one team of 20 still to start as well, 31 requests are surer: 3.1 s.
    expect(estimateTimeLeft(input({ teamsTotal: 14, runningTeams: [running] }))).toBe(3_100);
  });

  it('offers none once every team is done', () => {
    expect(estimateTimeLeft(input({ teamsDone: 20 }))).toBeNull();
  });
});
