/** A team still syncing: the requests it has made in each step so far, and the step it is in. */
export interface RunningTeam {
  requestsByStep: readonly number[];
  step: number;
}

export interface TimeLeftInput {
  teamsTotal: number;
  /** Teams done, whether they synced, failed or turned out unreachable. */
  teamsDone: number;
  /** Requests each team that synced to the end made, by step (the order of teamSteps). */
  finishedTeams: ReadonlyArray<readonly number[]>;
  runningTeams: readonly RunningTeam[];
  /** Requests the instance's budget lets through at once right now, and its refill rate. */
  budgetLeft: number;
  perMinute: number;
  /** How long GitLab still has every request wait (Retry-After, RateLimit-Reset). */
  pausedMs: number;
  /** Requests made and time spent since the sync began, for the pace GitLab's answers allow. */
  requests: number;
  elapsedMs: number;
}

/** The least relative doubt on the requests still expected: requests shared between teams (a staff member's user lookup) land on whichever team asked first. */
const minimumDoubt = 0.25;
/** Two standard deviations: the estimate must hold for nearly every outcome the teams seen so far allow. */
const doubtSpread = 2;
/**
 * What a team's spread is taken to be before many have finished, as a share of its mean, and how
 * many teams that guess weighs. The first teams to finish are the cheapest and often alike (11 and
 * 12 requests in a course whose teams take 11 to 30), so their own spread says they are sure when
 * they are not.
 */
const assumedSpread = 0.5;
const assumedSpreadWeight = 4;

/**
 * Milliseconds left, or null when no honest figure exists.
 *
 * The requests still expected: each step a running team has not reached costs that step's mean over
 * every team that has completed it (finished, or running past it, so the large teams still running
 * count too: the first teams to finish are the cheapest ones); the step it is in costs what the
 * completed ones larger than it cost; a team not started costs the sum of the steps' means. Their time
 * is the slower of the budget's refill once its burst is spent and the pace seen so far, after
 * GitLab's pause.
 *
 * Teams differ (their pipelines' jobs, their notes, their includes), so the count is uncertain: by
 * a team's spread for each team not started (and for the mean itself, from few teams), by each
 * step's spread for what the running ones have left. Where that doubt could
 * halve or double the time, no figure is shown. That happens early on, when the requests expected
 * are about what the burst allows and a small undercount reads as "a few seconds left" with most of
 * the sync to come, and at the end, when the steps left of the last teams could be a page or fifty.
 * There is none until two teams have finished either, since a spread needs two.
 */
export function estimateTimeLeft(input: TimeLeftInput): number | null {
  const finished = input.finishedTeams;
  if (finished.length < 2 || input.teamsDone >= input.teamsTotal) return null;
  const stepCount = Math.max(...finished.map((team) => team.length));
  const steps = Array.from({ length: stepCount }, (_, step) => summarize(completedStepCosts(input, step)));
  const totals = summarize(finished.map((team) => team.reduce((sum, n) => sum + n, 0)));
  // A team's steps go together (a team with many pipelines has many commits too), so a team varies
  // by at least as much as the finished teams' totals do, and the sum of its steps' spreads when
  // the running teams make that larger.
  const measuredVariance = Math.max(
    totals.variance,
    steps.reduce((sum, step) => sum + step.variance, 0),
  );
  const perTeam = steps.reduce((sum, step) => sum + step.mean, 0);
  const measuredWeight = totals.count - 1;
  const teamVariance = (assumedSpreadWeight * (assumedSpread * perTeam) ** 2 + measuredWeight * measuredVariance) / (assumedSpreadWeight + measuredWeight);
  const notStarted = Math.max(0, input.teamsTotal - input.teamsDone - input.runningTeams.length);
  let expected = notStarted * perTeam;
  // Each team's own spread, and that of the mean itself when few teams have finished.
  let variance = notStarted * teamVariance + (notStarted ** 2 * teamVariance) / totals.count;
  for (const team of input.runningTeams) {
    const spent = team.requestsByStep[team.step] ?? 0;
    const current = steps[team.step] ?? summarize([]);
    const larger = summarize(completedStepCosts(input, team.step).filter((n) => n > spent));
    // Larger than every team seen in this step: nothing says how much more, so the step's mean again.
    const isPastAll = larger.count === 0;
    expected += isPastAll ? current.mean : larger.mean - spent;
    variance += isPastAll || larger.count < 2 ? current.variance : larger.variance;
    for (const later of steps.slice(team.step + 1)) {
      expected += later.mean;
      variance += later.variance;
    }
  }
  if (expected < 1) return null;

  const doubt = Math.max(minimumDoubt, (doubtSpread * Math.sqrt(variance)) / expected);
  const likely = timeFor(input, expected);
  const fewest = timeFor(input, expected * (1 - doubt));
  const most = timeFor(input, expected * (1 + doubt));
  if (fewest < likely / 2 || most > likely * 2) return null;
  return Math.round(likely);
}

/** The time `requests` take: bound by the budget's refill once the burst left is spent, and by the pace seen so far. */
function timeFor(input: TimeLeftInput, requests: number): number {
  const budgetBoundMs = Math.max(0, requests - input.budgetLeft) / (input.perMinute / 60_000);
  const paceBoundMs = input.requests === 0 ? 0 : requests * (input.elapsedMs / input.requests);
  return input.pausedMs + Math.max(budgetBoundMs, paceBoundMs);
}

/** What `step` cost every team that has completed it: the finished teams, and the running ones past it. */
function completedStepCosts(input: TimeLeftInput, step: number): number[] {
  const finished = input.finishedTeams.map((team) => team[step] ?? 0);
  const past = input.runningTeams.filter((team) => team.step > step).map((team) => team.requestsByStep[step] ?? 0);
  return [...finished, ...past];
}

/** Count, mean and sample variance (0 below two values). */
function summarize(values: readonly number[]): { count: number; mean: number; variance: number } {
  const count = values.length;
  const mean = count === 0 ? 0 : values.reduce((sum, n) => sum + n, 0) / count;
  const variance = count < 2 ? 0 : values.reduce((sum, n) => sum + (n - mean) ** 2, 0) / (count - 1);
  return { count, mean, variance };
}
