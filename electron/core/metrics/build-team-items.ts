import type { Exclusion } from '../../../shared/domain/identity';
import type { ReviewEvidence } from '../../../shared/domain/student-metrics';
import type { CommitRow, IssueRow, MergeRequestRow, UnmatchedAuthorDetail } from '../../../shared/domain/team-detail';
import type { UnmatchedAuthor } from '../../../shared/domain/student-metrics';
import type { AttributedCommit } from '../../../shared/metrics/attribute-commits';
import { isInWindow, type ContributionFacts } from '../../../shared/metrics/contribution-facts';
import { unmatchedAuthorKey } from '../../../shared/metrics/unmatched-authors';
import type { TeamItems } from '../store/queries/team-items-query';

const sampleSize = 3;

/** GitLab's page for an item when the stored row has none (older syncs did not keep every web_url). */
function linkOr(stored: string | null | undefined, projectWebUrl: string, path: string): string {
  return stored ?? `${projectWebUrl}/-/${path}`;
}

function newestFirst<T>(at: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => (at(a) < at(b) ? 1 : at(a) > at(b) ? -1 : 0);
}

export function buildCommitRows(
  attributed: readonly AttributedCommit[],
  items: TeamItems,
  exclusions: readonly Exclusion[],
  projectWebUrl: string,
): CommitRow[] {
  const reasons = new Map(exclusions.flatMap((e) => (e.kind === 'commit' ? [[e.sha, e.reason] as const] : [])));
  return attributed.map(({ commit, username, isStaff }) => {
    const stored = items.commits.get(commit.sha);
    return {
      sha: commit.sha,
      title: stored?.title ?? '',
      authorName: commit.authorName,
      authorEmail: commit.authorEmail,
      committedDate: commit.committedDate,
      additions: commit.additions,
      deletions: commit.deletions,
      username,
      isStaff,
      exclusionReason: reasons.get(commit.sha) ?? null,
      webUrl: linkOr(stored?.webUrl, projectWebUrl, `commit/${commit.sha}`),
    };
  });
}

/** Every merge request opened or merged in the window, with who reviewed it and the review evidence. */
export function buildMergeRequestRows(
  facts: ContributionFacts,
  review: ReviewEvidence,
  items: TeamItems,
  exclusions: readonly Exclusion[],
  projectId: number,
  projectWebUrl: string,
): MergeRequestRow[] {
  const usernames = new Map(facts.members.map((m) => [m.userId, m.username]));
  const nameOf = (id: number | null): string | null => (id === null ? null : (usernames.get(id) ?? null));
  const commenters = new Map<number, Set<number>>();
  for (const note of facts.notes) {
    if (note.noteableType !== 'MergeRequest' || note.authorId === null || note.isSystem) continue;
    let people = commenters.get(note.noteableIid);
    if (!people) commenters.set(note.noteableIid, (people = new Set()));
    people.add(note.authorId);
  }
  const selfMerged = new Set(review.selfMergedWithoutReviewIids);
  const quick = new Set(review.mergedWithinHourIids);
  const reasons = new Map(exclusions.flatMap((e) => (e.kind === 'mergeRequest' && e.projectId === projectId ? [[e.iid, e.reason] as const] : [])));
  return facts.mergeRequests
    .filter((mr) => isInWindow(facts.window, mr.createdAt) || isInWindow(facts.window, mr.mergedAt))
    .sort(newestFirst((mr) => mr.createdAt))
    .map((mr) => {
      const stored = items.mergeRequests.get(mr.iid);
      const reviewerIds = new Set([...mr.reviewerIds, ...(commenters.get(mr.iid) ?? [])]);
      reviewerIds.delete(mr.authorId ?? -1);
      return {
        iid: mr.iid,
        title: stored?.title ?? '',
        state: stored?.state ?? (mr.mergedAt ? 'merged' : 'opened'),
        author: nameOf(mr.authorId),
        createdAt: mr.createdAt,
        mergedAt: mr.mergedAt,
        mergedBy: nameOf(mr.mergedById),
        reviewers: [...reviewerIds].flatMap((id) => nameOf(id) ?? []).sort(),
        isSelfMergedWithoutReview: selfMerged.has(mr.iid),
        isMergedWithinHour: quick.has(mr.iid),
        exclusionReason: reasons.get(mr.iid) ?? null,
        webUrl: linkOr(stored?.webUrl, projectWebUrl, `merge_requests/${mr.iid}`),
      };
    });
}

/** Issues opened or closed in the window, newest first. */
export function buildIssueRows(facts: ContributionFacts, items: TeamItems, projectWebUrl: string): IssueRow[] {
  const usernames = new Map(facts.members.map((m) => [m.userId, m.username]));
  const nameOf = (id: number | null): string | null => (id === null ? null : (usernames.get(id) ?? null));
  return facts.issues
    .filter((issue) => isInWindow(facts.window, issue.createdAt) || isInWindow(facts.window, issue.closedAt))
    .sort(newestFirst((issue) => issue.createdAt))
    .map((issue) => {
      const stored = items.issues.get(issue.iid);
      return {
        iid: issue.iid,
        title: stored?.title ?? '',
        state: stored?.state ?? (issue.closedAt ? 'closed' : 'opened'),
        author: nameOf(issue.authorId),
        closedBy: nameOf(issue.closedById),
        createdAt: issue.createdAt,
        closedAt: issue.closedAt,
        webUrl: linkOr(stored?.webUrl, projectWebUrl, `issues/${issue.iid}`),
      };
    });
}

/** The unmatched authors with a few of their newest commit titles each. */
export function describeUnmatchedAuthors(authors: readonly UnmatchedAuthor[], commits: readonly CommitRow[]): UnmatchedAuthorDetail[] {
  const titles = new Map<string, string[]>();
  for (const commit of commits) {
    if (commit.username !== null || commit.isStaff || commit.exclusionReason !== null) continue;
    const key = unmatchedAuthorKey(commit);
    const list = titles.get(key) ?? [];
    if (list.length < sampleSize) titles.set(key, [...list, commit.title]);
  }
  return authors.map((author) => ({
    ...author,
    sampleTitles: titles.get(unmatchedAuthorKey({ authorName: author.name, authorEmail: author.email })) ?? [],
  }));
}
