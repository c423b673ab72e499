import { isInWindow, type CommitFact, type ContributionFacts } from './contribution-facts';
import { createAuthorMatcher } from './match-commit-author';

export interface AttributedCommit<C extends CommitFact = CommitFact> {
  commit: C & { committedDate: string };
  /** The member the author matched (student or staff), or null for an unmatched or ambiguous author. */
  username: string | null;
  isStaff: boolean;
  /** Excluded by the instructor: listed, so the exclusion can be seen and undone, but counted for nobody. */
  isExcluded: boolean;
}

/**
 * The commits behind a team's figures, each with the member it counts for: reachable, not merges,
 * committed in the window, each SHA once, newest first. Unlike selectCountedCommits, excluded commits
 * stay in the list (marked) so the screens can show what was taken out and why.
 */
export function attributeCommits<C extends CommitFact>(
  facts: Pick<ContributionFacts, 'window' | 'members' | 'exclusions'> & { commits: readonly C[] },
): Array<AttributedCommit<C>> {
  const match = createAuthorMatcher(facts.members);
  const byId = new Map(facts.members.map((m) => [m.userId, m]));
  const seen = new Set<string>();
  const listed: Array<AttributedCommit<C>> = [];
  for (const commit of facts.commits) {
    if (!commit.isReachable || commit.isMerge || !isInWindow(facts.window, commit.committedDate) || seen.has(commit.sha)) continue;
    seen.add(commit.sha);
    const found = match(commit);
    const member = found.kind === 'member' ? byId.get(found.userId) : undefined;
    listed.push({
      commit: commit as C & { committedDate: string },
      username: member?.username ?? null,
      isStaff: member?.role === 'staff',
      isExcluded: facts.exclusions.commitShas.has(commit.sha),
    });
  }
  return listed.sort((a, b) => (a.commit.committedDate < b.commit.committedDate ? 1 : a.commit.committedDate > b.commit.committedDate ? -1 : 0));
}
