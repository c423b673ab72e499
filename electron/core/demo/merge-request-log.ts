import type { RestCommit, RestMergeRequest, RestNote, RestUserRef } from './rest-types';
import type { TeamContext, TeamStudent } from './team-context';
import { pickOtherStudent } from './team-context';
import { MINUTE_MS, formatRestTime } from './timestamps';
import { writeReply, writeReviewComment } from './work-item-texts';

export interface OpenMergeRequestInput {
  sourceBranch: string;
  targetBranch: string;
  title: string;
  author: TeamStudent;
  timeMs: number;
  headSha: string;
}

/**
 * The merge requests of one team and the notes GitLab and the students write on them. Ids stay 0
 * here; they are numbered across the course once every team exists.
 */
export class MergeRequestLog {
  readonly mergeRequests: RestMergeRequest[] = [];
  readonly notes: RestNote[] = [];
  private readonly reviewerOf = new Map<number, TeamStudent>();
  private readonly authorOf = new Map<number, TeamStudent>();

  constructor(private readonly context: TeamContext) {}

  openMergeRequest(input: OpenMergeRequestInput): RestMergeRequest {
    const { project, random, profile } = this.context;
    const iid = this.mergeRequests.length + 1;
    const isDraft = random.chance(0.2);
    const createdAt = formatRestTime(input.timeMs);
    const closesIssue = random.chance(0.4) ? `\n\nCloses #${random.int(1, 12)}` : '';
    const mergeRequest: RestMergeRequest = {
      id: 0,
      iid,
      project_id: project.id,
      title: isDraft ? `Draft: ${input.title}` : input.title,
      description: random.chance(0.3) ? '' : `This merge request adds ${input.title.toLowerCase()}.${closesIssue}`,
      state: 'opened',
      created_at: createdAt,
      updated_at: createdAt,
      merged_at: null,
      closed_at: null,
      prepared_at: formatRestTime(input.timeMs + 4000),
      merge_user: null,
      merged_by: null,
      closed_by: null,
      author: input.author.ref,
      assignees: random.chance(0.8) ? [input.author.ref] : [],
      reviewers: [],
      source_branch: input.sourceBranch,
      target_branch: input.targetBranch,
      source_project_id: project.id,
      target_project_id: project.id,
      labels: random.chance(0.4) ? [random.pick(['frontend', 'backend', 'tests', 'docs'])] : [],
      draft: isDraft,
      work_in_progress: isDraft,
      milestone: null,
      merge_when_pipeline_succeeds: false,
      merge_status: 'can_be_merged',
      detailed_merge_status: isDraft ? 'draft_status' : 'mergeable',
      has_conflicts: false,
      sha: input.headSha,
      merge_commit_sha: null,
      squash_commit_sha: null,
      squash: false,
      user_notes_count: 0,
      upvotes: 0,
      downvotes: 0,
      references: { short: `!${iid}`, relative: `!${iid}`, full: `${project.path_with_namespace}!${iid}` },
      web_url: `${project.web_url}/-/merge_requests/${iid}`,
    };
    this.mergeRequests.push(mergeRequest);
    this.authorOf.set(iid, input.author);
    const reviewer = random.chance(profile.reviewRate) ? pickOtherStudent(this.context, input.author) : null;
    if (reviewer) {
      mergeRequest.reviewers.push(reviewer.ref);
      this.reviewerOf.set(iid, reviewer);
      this.addNote(mergeRequest, input.author.ref, `requested review from @${reviewer.user.username}`, input.timeMs + MINUTE_MS, true);
    }
    return mergeRequest;
  }

  hasReviewer(mergeRequest: RestMergeRequest): boolean {
    return this.reviewerOf.has(mergeRequest.iid);
  }

  recordPush(mergeRequest: RestMergeRequest, timeMs: number, commits: RestCommit[], pusher: RestUserRef): void {
    const last = commits[commits.length - 1];
    if (!last) return;
    mergeRequest.sha = last.id;
    const items = commits.map((commit) => `<li>${commit.short_id} - ${commit.title}</li>`).join('');
    const count = commits.length === 1 ? '1 commit' : `${commits.length} commits`;
    this.addNote(mergeRequest, pusher, `added ${count}\n\n<ul>${items}</ul>`, timeMs + 2000, true);
  }

  /** A reviewer leaves comments, the author answers, and the reviewer often approves. */
  recordReview(mergeRequest: RestMergeRequest, timeMs: number): void {
    const reviewer = this.reviewerOf.get(mergeRequest.iid);
    const author = this.authorOf.get(mergeRequest.iid);
    if (!reviewer || !author) return;
    const { random } = this.context;
    if (mergeRequest.draft && random.chance(0.7)) {
      mergeRequest.draft = false;
      mergeRequest.work_in_progress = false;
      mergeRequest.title = mergeRequest.title.replace(/^Draft: /, '');
      mergeRequest.detailed_merge_status = 'mergeable';
      this.addNote(mergeRequest, author.ref, 'marked this merge request as **ready**', timeMs, true);
    }
    const comments = random.int(1, 3);
    let at = timeMs + MINUTE_MS;
    for (let index = 0; index < comments; index += 1) {
      const resolvedAt = at + random.int(5, 40) * MINUTE_MS;
      const note = this.addNote(mergeRequest, reviewer.ref, writeReviewComment(random), at, false);
      note.type = random.chance(0.7) ? 'DiffNote' : 'DiscussionNote';
      note.resolvable = true;
      note.resolved = random.chance(0.8);
      note.resolved_by = note.resolved ? author.ref : null;
      note.resolved_at = note.resolved ? formatRestTime(resolvedAt) : null;
      note.updated_at = note.resolved ? formatRestTime(resolvedAt) : note.created_at;
      this.touch(mergeRequest, note.resolved ? resolvedAt : at);
      if (random.chance(0.5)) {
        const reply = this.addNote(mergeRequest, author.ref, writeReply(random), at + random.int(2, 4) * MINUTE_MS, false);
        reply.type = note.type;
      }
      at += random.int(2, 6) * MINUTE_MS;
    }
    if (random.chance(0.7)) {
      this.addNote(mergeRequest, reviewer.ref, 'approved this merge request', at + MINUTE_MS, true);
      mergeRequest.upvotes += random.chance(0.3) ? 1 : 0;
    }
  }

  mergeMergeRequest(mergeRequest: RestMergeRequest, timeMs: number, mergeUser: RestUserRef, mergeCommitSha: string): void {
    mergeRequest.state = 'merged';
    mergeRequest.merged_at = formatRestTime(timeMs);
    mergeRequest.merge_user = mergeUser;
    mergeRequest.merged_by = mergeUser;
    mergeRequest.merge_commit_sha = mergeCommitSha;
    mergeRequest.detailed_merge_status = 'not_open';
    mergeRequest.draft = false;
    mergeRequest.work_in_progress = false;
    mergeRequest.title = mergeRequest.title.replace(/^Draft: /, '');
    this.touch(mergeRequest, timeMs + 1200);
  }

  closeMergeRequest(mergeRequest: RestMergeRequest, timeMs: number, user: RestUserRef): void {
    mergeRequest.state = 'closed';
    mergeRequest.closed_at = formatRestTime(timeMs);
    mergeRequest.closed_by = user;
    mergeRequest.detailed_merge_status = 'not_open';
    this.addNote(mergeRequest, user, 'closed', timeMs, true);
  }

  private addNote(mergeRequest: RestMergeRequest, author: RestUserRef, body: string, timeMs: number, isSystem: boolean): RestNote {
    const createdAt = formatRestTime(timeMs);
    const note: RestNote = {
      id: 0,
      type: null,
      body,
      author,
      created_at: createdAt,
      updated_at: createdAt,
      system: isSystem,
      noteable_id: 0,
      noteable_type: 'MergeRequest',
      noteable_iid: mergeRequest.iid,
      project_id: mergeRequest.project_id,
      resolvable: false,
      confidential: false,
      internal: false,
    };
    this.notes.push(note);
    if (!isSystem) mergeRequest.user_notes_count += 1;
    this.touch(mergeRequest, timeMs);
    return note;
  }

  private touch(mergeRequest: RestMergeRequest, timeMs: number): void {
    const at = formatRestTime(timeMs);
    if (at > mergeRequest.updated_at) mergeRequest.updated_at = at;
  }
}
