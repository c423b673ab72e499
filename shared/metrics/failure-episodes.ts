import { memoizeByFacts } from './memoize-by-facts';
import type { PipelineFact, TeamFacts } from './team-facts';

/** A red stretch of the default branch: from a failed pipeline after green (or first) to the next success. */
export interface FailureEpisode {
  firstFailed: PipelineFact;
  /** The success that ended it; null while it is still open. */
  recovery: PipelineFact | null;
}

/** Created order, ties broken by GitLab's id (the later id was created later). */
function byCreation(a: PipelineFact, b: PipelineFact): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id - b.id;
}

/**
 * The default branch's failure episodes in the window. Only success and failed pipelines take
 * part: a canceled, skipped or running pipeline says nothing about whether the branch is green.
 */
export const findFailureEpisodes = memoizeByFacts((facts: TeamFacts): readonly FailureEpisode[] => {
  if (facts.defaultBranch === null) return [];
  const runs = facts.pipelines.filter((p) => p.ref === facts.defaultBranch && (p.status === 'success' || p.status === 'failed')).sort(byCreation);
  const episodes: FailureEpisode[] = [];
  let open: FailureEpisode | null = null;
  for (const pipeline of runs) {
    if (pipeline.status === 'failed') {
      if (open === null) {
        open = { firstFailed: pipeline, recovery: null };
        episodes.push(open);
      }
    } else if (open !== null) {
      open.recovery = pipeline;
      open = null;
    }
  }
  return episodes;
});

/** When a pipeline's outcome became known: its finish, else (no job timings) its creation. */
export function finishedOrCreated(pipeline: PipelineFact): number {
  return Date.parse(pipeline.finishedAt ?? pipeline.createdAt);
}
