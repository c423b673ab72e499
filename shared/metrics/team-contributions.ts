import type { ReviewEvidence, StudentMetrics, TeamFlag, UnmatchedAuthor } from '../domain/student-metrics';
import { computeContributionShares } from './contribution-shares';
import type { ContributionFacts } from './contribution-facts';
import { computeReviewEvidence } from './review-evidence';
import { computeStudentCounts } from './student-contributions';
import { computeTeamFlags } from './team-flags';
import { listUnmatchedAuthors } from './unmatched-authors';
import { computeWeeklySeries, listWeekStarts } from './weekly-series';

export interface TeamContributions {
  members: StudentMetrics[];
  review: ReviewEvidence;
  flags: TeamFlag[];
  unmatchedAuthors: UnmatchedAuthor[];
}

/** The per-student half of a team's metrics: figures, shares, weekly series, review evidence, flags. */
export function computeTeamContributions(facts: ContributionFacts): TeamContributions {
  const { students, unmatched } = computeStudentCounts(facts);
  const shares = computeContributionShares(students.map((s) => ({ commits: s.commits.length, additions: s.additions, deletions: s.deletions })));
  const earliest = students.flatMap((s) => s.commits.map((c) => c.committedDate)).reduce<string | null>((a, b) => (a === null || b < a ? b : a), null);
  const weeks = listWeekStarts(facts.window, earliest);
  const members: StudentMetrics[] = students
    .map(({ member, commits, ...figures }, index) => ({
      userId: member.userId,
      username: member.username,
      name: member.name,
      isFormer: !member.isCurrent,
      commits: commits.length,
      additions: figures.additions,
      deletions: figures.deletions,
      mergeRequestsOpened: figures.mergeRequestsOpened,
      mergeRequestsMerged: figures.mergeRequestsMerged,
      mergeRequestsReviewed: figures.mergeRequestsReviewed,
      comments: figures.comments,
      commentWordsOnOthers: figures.commentWordsOnOthers,
      issuesOpened: figures.issuesOpened,
      issuesClosed: figures.issuesClosed,
      buildsBroken: figures.buildsBroken,
      buildsFixed: figures.buildsFixed,
      commitShare: shares[index]?.commitShare ?? null,
      lineShare: shares[index]?.lineShare ?? null,
      lastActivityAt: figures.lastActivityAt,
      weekly: computeWeeklySeries(weeks, commits),
    }))
    .sort((a, b) => Number(a.isFormer) - Number(b.isFormer) || a.name.localeCompare(b.name) || a.username.localeCompare(b.username));
  const unmatchedAuthors = listUnmatchedAuthors(unmatched);
  return {
    members,
    review: computeReviewEvidence(facts),
    flags: computeTeamFlags(members, facts.openFailureSinceS, unmatchedAuthors),
    unmatchedAuthors,
  };
}
