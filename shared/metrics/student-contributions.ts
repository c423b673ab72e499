import type { CommitAuthor, ContributionFacts, MemberFact } from './contribution-facts';
import { isInWindow } from './contribution-facts';
import { countWords } from './count-words';
import { selectCountedCommits, type CountedCommit } from './counted-commits';
import { createAuthorMatcher } from './match-commit-author';

/** A student's counts before shares and series, which need the whole team. */
export interface StudentCounts {
  member: MemberFact;
  commits: CountedCommit[];
  additions: number;
  deletions: number;
  mergeRequestsOpened: number;
  mergeRequestsMerged: number;
  mergeRequestsReviewed: number;
  comments: number;
  commentWordsOnOthers: number;
  issuesOpened: number;
  issuesClosed: number;
  buildsBroken: number;
  buildsFixed: number;
  lastActivityAt: string | null;
}

export interface StudentCountsResult {
  students: StudentCounts[];
  /** Counted commits that matched no member, or several equally (candidates). */
  unmatched: Array<{ author: CommitAuthor; candidates: string[] }>;
}

function latest(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null || a >= b ? a : b;
}

/**
 * Every student's counts over the window, as docs/metrics.md defines them. Commits are matched to the
 * team's members (staff included, so a teacher's commit is nobody's and not "unmatched"); only
 * students are reported. Excluded commits and merge requests (with their notes) count for nobody.
 */
export function computeStudentCounts(facts: ContributionFacts): StudentCountsResult {
  const { window, exclusions } = facts;
  const match = createAuthorMatcher(facts.members);
  const students = facts.members.filter((m) => m.role === 'student');
  const counts = new Map<number, StudentCounts>(
    students.map((member) => [
      member.userId,
      {
        member,
        commits: [],
        additions: 0,
        deletions: 0,
        mergeRequestsOpened: 0,
        mergeRequestsMerged: 0,
        mergeRequestsReviewed: 0,
        comments: 0,
        commentWordsOnOthers: 0,
        issuesOpened: 0,
        issuesClosed: 0,
        buildsBroken: 0,
        buildsFixed: 0,
        lastActivityAt: null,
      },
    ]),
  );
  const of = (userId: number | null): StudentCounts | undefined => (userId === null ? undefined : counts.get(userId));
  const touch = (student: StudentCounts, at: string): void => {
    student.lastActivityAt = latest(student.lastActivityAt, at);
  };

  const unmatched: StudentCountsResult['unmatched'] = [];
  for (const commit of selectCountedCommits(facts)) {
    const found = match(commit);
    if (found.kind === 'member') {
      const student = counts.get(found.userId);
      if (!student) continue; // a staff member's commit: nobody's, and not unmatched
      student.commits.push(commit);
      student.additions += commit.additions;
      student.deletions += commit.deletions;
      touch(student, commit.committedDate);
    } else {
      unmatched.push({ author: commit, candidates: found.kind === 'ambiguous' ? found.usernames : [] });
    }
  }

  const mergeRequests = facts.mergeRequests.filter((mr) => !exclusions.mergeRequestIids.has(mr.iid));
  const mrAuthor = new Map(mergeRequests.map((mr) => [mr.iid, mr.authorId]));
  const notes = facts.notes.filter((n) => !(n.noteableType === 'MergeRequest' && exclusions.mergeRequestIids.has(n.noteableIid)));
  const notedMrs = new Map<number, Set<number>>();
  for (const note of notes) {
    if (note.isSystem || note.authorId === null || note.noteableType !== 'MergeRequest' || note.createdAt >= window.to) continue;
    let people = notedMrs.get(note.noteableIid);
    if (!people) notedMrs.set(note.noteableIid, (people = new Set()));
    people.add(note.authorId);
  }

  for (const mr of mergeRequests) {
    const author = of(mr.authorId);
    const isCreatedInWindow = isInWindow(window, mr.createdAt);
    if (author && isCreatedInWindow) {
      author.mergeRequestsOpened += 1;
      touch(author, mr.createdAt);
    }
    if (author && isInWindow(window, mr.mergedAt)) {
      author.mergeRequestsMerged += 1;
      touch(author, mr.mergedAt);
    }
    if (!isCreatedInWindow) continue;
    const reviewers = new Set([...mr.reviewerIds, ...(notedMrs.get(mr.iid) ?? [])]);
    for (const id of reviewers) {
      const reviewer = id === mr.authorId ? undefined : counts.get(id);
      if (reviewer) reviewer.mergeRequestsReviewed += 1;
    }
  }

  for (const note of notes) {
    const author = of(note.authorId);
    if (!author || note.isSystem || !isInWindow(window, note.createdAt)) continue;
    author.comments += 1;
    touch(author, note.createdAt);
    if (note.noteableType !== 'MergeRequest') continue;
    const mrAuthorId = mrAuthor.get(note.noteableIid);
    if (mrAuthorId !== undefined && mrAuthorId !== note.authorId) author.commentWordsOnOthers += countWords(note.body);
  }

  for (const issue of facts.issues) {
    const author = of(issue.authorId);
    if (author && isInWindow(window, issue.createdAt)) {
      author.issuesOpened += 1;
      touch(author, issue.createdAt);
    }
    const closer = of(issue.closedById);
    if (closer && isInWindow(window, issue.closedAt)) {
      closer.issuesClosed += 1;
      touch(closer, issue.closedAt);
    }
  }

  const studentOfPipeline = (pipelineId: number): StudentCounts | undefined => {
    const commit = facts.pipelineCommits.get(pipelineId);
    if (!commit || exclusions.commitShas.has(commit.sha)) return undefined;
    const found = match(commit);
    return found.kind === 'member' ? counts.get(found.userId) : undefined;
  };
  for (const episode of facts.failureEpisodes) {
    const breaker = studentOfPipeline(episode.firstFailed.id);
    if (breaker) breaker.buildsBroken += 1;
    const fixer = episode.recovery ? studentOfPipeline(episode.recovery.id) : undefined;
    if (fixer) fixer.buildsFixed += 1;
  }

  return { students: [...counts.values()], unmatched };
}
