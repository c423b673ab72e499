export interface TimeLeftInput {
  teamsTotal: number;
  teamsDone: number;
  /** Requests each finished team took, the only sure measure of what a team costs in this course. */
  finishedTeamRequests: readonly number[];
  /** Each running team: the requests it has made so far, and the share of its resources it has finished (0..1). */
  runningTeams: ReadonlyArray<{ requests: number; stepsDone: number }>;
  /** Requests the instance's budget allows at once right now, and its refill rate. */
  budgetLeft: number;
  perMinute: number;
  /** Requests made and time spent since the sync began, for the pace GitLab's answers allow. */
  requests: number;
  elapsedMs: number;
}

/**
 * Milliseconds left, from the requests still expected (a finished team's average for every team not
 * started, what the average leaves of each running one) at the slower of two rates: the budget's refill
 * once its burst is spent, and the pace seen so far. Null until a team has finished: the pace of the
 * first pages (cheap ones, the budget's burst) says nothing of the rest, which is how "a few seconds
 * left" came to be shown 6 s into a 90 s sync.
 */
export function estimateTimeLeft(input: TimeLeftInput): number | null {
  if (input.finishedTeamRequests.length === 0 || input.teamsDone >= input.teamsTotal || input.requests === 0) return null;
  const perTeam = input.finishedTeamRequests.reduce((sum, n) => sum + n, 0) / input.finishedTeamRequests.length;
  const notStarted = Math.max(0, input.teamsTotal - input.teamsDone - input.runningTeams.length);
  // The cheapest teams finish first, so a running team past the average is a bigger one: it still has
  // at least the average's share of the resources it has not reached.
  const running = input.runningTeams.reduce((sum, team) => sum + Math.max(perTeam - team.requests, perTeam * (1 - team.stepsDone)), 0);
  const expected = notStarted * perTeam + running;
  if (expected < 1) return null;
  const budgetBoundMs = Math.max(0, expected - input.budgetLeft) / (input.perMinute / 60_000);
  const paceBoundMs = expected * (input.elapsedMs / input.requests);
  return Math.round(Math.max(budgetBoundMs, paceBoundMs));
}
