import type { FailureEpisode } from './failure-episodes';
import type { FactWindow } from './team-facts';

/**
 * The plain facts a team's per-student figures are computed from, loaded by the core from SQLite.
 * Times are UTC ISO 8601 with milliseconds, so they compare as text. Loaded loosely (up to the window's
 * end); the functions in this folder apply the window, the exclusions and the identity rules.
 */
export interface MemberFact {
  userId: number;
  username: string;
  name: string;
  role: 'student' | 'staff';
  /** False once the member left the project (kept, marked former). */
  isCurrent: boolean;
  publicEmail: string | null;
  /** Aliases the instructor stored for this username in the course. */
  aliasEmails: readonly string[];
  aliasNames: readonly string[];
}

export interface CommitAuthor {
  authorName: string | null;
  authorEmail: string | null;
}

export interface CommitFact extends CommitAuthor {
  sha: string;
  committedDate: string | null;
  additions: number;
  deletions: number;
  /** More than one parent: its lines are the merged branch's, already counted there. */
  isMerge: boolean;
  /** Still reachable from some branch. */
  isReachable: boolean;
}

export interface MergeRequestFact {
  iid: number;
  authorId: number | null;
  createdAt: string;
  mergedAt: string | null;
  mergedById: number | null;
  reviewerIds: readonly number[];
}

export interface IssueFact {
  iid: number;
  authorId: number | null;
  createdAt: string;
  closedAt: string | null;
  closedById: number | null;
}

export interface NoteFact {
  noteableType: 'MergeRequest' | 'Issue';
  noteableIid: number;
  authorId: number | null;
  body: string;
  isSystem: boolean;
  createdAt: string;
}

/** What the instructor excluded from every figure in this course. */
export interface ExclusionSet {
  commitShas: ReadonlySet<string>;
  /** Merge request iids of this team's project. */
  mergeRequestIids: ReadonlySet<number>;
}

export interface ContributionFacts {
  window: FactWindow;
  /** Every member of the team, current and former, students and staff (bots already left out). */
  members: readonly MemberFact[];
  commits: readonly CommitFact[];
  mergeRequests: readonly MergeRequestFact[];
  issues: readonly IssueFact[];
  notes: readonly NoteFact[];
  /** The default branch's failure episodes in the window (failure-episodes.ts). */
  failureEpisodes: readonly FailureEpisode[];
  /** The commit each default-branch pipeline ran, by pipeline id; absent when its commit is not stored. */
  pipelineCommits: ReadonlyMap<number, CommitAuthor & { sha: string }>;
  /** The default branch's open failure at `to`, in seconds (openFailureSinceS), or null. */
  openFailureSinceS: number | null;
  exclusions: ExclusionSet;
}

/** [from, to) as text comparisons; a null time is never inside. */
export function isInWindow(window: FactWindow, at: string | null): at is string {
  return at !== null && (window.from === null || at >= window.from) && at < window.to;
}
