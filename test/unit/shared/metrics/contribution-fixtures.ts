import type { CommitFact, ContributionFacts, MemberFact } from '../../../../shared/metrics/contribution-facts';

/** The window every hand-worked case below counts in: March 2026, Monday the 2nd to Monday the 16th. */
export const window = { from: '2026-03-02T00:00:00.000Z', to: '2026-03-16T00:00:00.000Z' };

export function at(day: number, hour = 12): string {
  return new Date(Date.UTC(2026, 2, day, hour)).toISOString();
}

export function member(userId: number, username: string, name: string, patch: Partial<MemberFact> = {}): MemberFact {
  return { userId, username, name, role: 'student', isCurrent: true, publicEmail: null, aliasEmails: [], aliasNames: [], ...patch };
}

let nextSha = 0;
export function commit(
  authorName: string,
  authorEmail: string,
  day: number,
  additions: number,
  deletions: number,
  patch: Partial<CommitFact> = {},
): CommitFact {
  nextSha += 1;
  return {
    sha: nextSha.toString(16).padStart(40, '0'),
    authorName,
    authorEmail,
    committedDate: at(day),
    additions,
    deletions,
    isMerge: false,
    isReachable: true,
    ...patch,
  };
}

export function facts(patch: Partial<ContributionFacts>): ContributionFacts {
  return {
    window,
    members: [],
    commits: [],
    mergeRequests: [],
    issues: [],
    notes: [],
    failureEpisodes: [],
    pipelineCommits: new Map(),
    openFailureSinceS: null,
    exclusions: { commitShas: new Set(), mergeRequestIids: new Set() },
    ...patch,
  };
}
