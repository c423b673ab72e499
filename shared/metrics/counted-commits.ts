import { isInWindow, type CommitFact, type ContributionFacts } from './contribution-facts';

export type CountedCommit = CommitFact & { committedDate: string };

/**
 * The commits that count for anyone: reachable from a branch, not merges (their diff is the merged
 * branch's, already counted), committed in the window, not excluded; each SHA once.
 */
export function selectCountedCommits(facts: Pick<ContributionFacts, 'window' | 'commits' | 'exclusions'>): CountedCommit[] {
  const seen = new Set<string>();
  const counted: CountedCommit[] = [];
  for (const commit of facts.commits) {
    if (!commit.isReachable || commit.isMerge || !isInWindow(facts.window, commit.committedDate)) continue;
    if (facts.exclusions.commitShas.has(commit.sha) || seen.has(commit.sha)) continue;
    seen.add(commit.sha);
    counted.push(commit as CountedCommit);
  }
  return counted;
}
