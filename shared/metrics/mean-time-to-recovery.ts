import { findFailureEpisodes, finishedOrCreated } from './failure-episodes';
import { defineTeamMetric } from './team-metric';

export const meanTimeToRecovery = defineTeamMetric({
  id: 'mttrS',
  label: 'MTTR',
  unit: 'seconds',
  definition:
    'Mean time to recovery on the default branch: for each failure episode that ended in the window (a failed pipeline after a success, or first, until the next success), the success’s finish minus the first failure’s finish. Canceled and skipped pipelines are ignored.',
  isHigherBetter: false,
  isInOverview: true,
  compute: (facts): number | null => {
    const ended = findFailureEpisodes(facts).filter((e) => e.recovery !== null);
    if (ended.length === 0) return null;
    const total = ended.reduce((sum, e) => sum + (finishedOrCreated(e.recovery ?? e.firstFailed) - finishedOrCreated(e.firstFailed)), 0);
    return total / ended.length / 1000;
  },
});

export const openFailureAge = defineTeamMetric({
  id: 'openFailureSinceS',
  label: 'Red for',
  unit: 'seconds',
  definition:
    'How long the default branch has been red at the window’s end: the age of a failure episode still open then, from its first failed pipeline’s finish; none when the branch is green.',
  isHigherBetter: false,
  isInOverview: false,
  compute: (facts): number | null => {
    const last = findFailureEpisodes(facts).at(-1);
    if (!last || last.recovery !== null) return null;
    return Math.max(0, (Date.parse(facts.window.to) - finishedOrCreated(last.firstFailed)) / 1000);
  },
});
