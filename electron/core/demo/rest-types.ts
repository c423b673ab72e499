/**
 * JSON objects of the GitLab REST API v4, with GitLab's own snake_case field names.
 *
 * Only fields a sync client or the simulator relies on are required; fields GitLab sends on some
 * endpoints or versions only are optional. Timestamps are ISO 8601 strings: UTC with milliseconds
 * (`2026-03-04T09:15:02.123Z`) except commit dates, which keep the author's offset
 * (`2026-03-04T10:15:02.000+01:00`). GitLab may send `null` for booleans; treat it as `false`.
 *
 * The demo generator and the GitLab simulator build these fixtures; the sync reads GitLab through
 * the zod schemas in gitlab/schemas.ts, and a type-level test (test/unit/core/demo/rest-types.test.ts)
 * fails the typecheck when the two drift apart.
 */
import type { RestPipelineStatus } from './rest-ci-types';

export type RestUserState = 'active' | 'blocked' | 'deactivated' | 'banned' | 'ldap_blocked' | 'blocked_pending_approval';

/** The short user object embedded in merge requests, notes, pipelines and jobs. */
export interface RestUserRef {
  id: number;
  username: string;
  name: string;
  state: RestUserState;
  locked?: boolean;
  avatar_url: string | null;
  web_url: string;
}

/** `GET /users/:id`; `GET /user` adds the private `email`. */
export interface RestUser extends RestUserRef {
  /** Empty string when the user keeps their e-mail private. */
  public_email: string;
  bot: boolean;
  email?: string;
  created_at?: string;
}

export interface RestGroup {
  id: number;
  name: string;
  path: string;
  full_path: string;
  full_name?: string;
  description?: string;
  visibility?: 'private' | 'internal' | 'public';
  web_url: string;
  parent_id: number | null;
  created_at?: string;
}

export interface RestNamespace {
  id: number;
  name: string;
  path: string;
  full_path: string;
  kind: 'group' | 'user';
  parent_id?: number | null;
  web_url?: string;
}

export interface RestProject {
  id: number;
  name: string;
  name_with_namespace?: string;
  path: string;
  path_with_namespace: string;
  description?: string | null;
  namespace: RestNamespace;
  default_branch: string | null;
  visibility?: 'private' | 'internal' | 'public';
  web_url: string;
  http_url_to_repo?: string;
  ssh_url_to_repo?: string;
  archived: boolean;
  created_at: string;
  last_activity_at: string;
}

/** Access levels: 10 guest, 15 planner, 20 reporter, 30 developer, 40 maintainer, 50 owner. */
export type RestAccessLevel = 10 | 15 | 20 | 30 | 40 | 50;

export interface RestMember {
  id: number;
  username: string;
  name: string;
  state: RestUserState;
  avatar_url?: string | null;
  web_url: string;
  access_level: RestAccessLevel;
  created_at: string;
  /** `YYYY-MM-DD` or null. */
  expires_at: string | null;
}

export interface RestCommitStats {
  additions: number;
  deletions: number;
  total: number;
}

/** A commit as listed; `stats` only with `with_stats=true` (and always on the single-commit endpoint). */
export interface RestCommit {
  id: string;
  short_id: string;
  title: string;
  message: string;
  author_name: string;
  author_email: string;
  authored_date: string;
  committer_name: string;
  committer_email: string;
  committed_date: string;
  /** Same value as `committed_date`. */
  created_at: string;
  parent_ids: string[];
  web_url: string;
  trailers?: Record<string, string>;
  extended_trailers?: Record<string, string[]>;
  stats?: RestCommitStats;
}

/** `GET /projects/:id/repository/commits/:sha` adds the status of the commit's latest pipeline. */
export interface RestCommitDetail extends RestCommit {
  stats: RestCommitStats;
  status: RestPipelineStatus | null;
  last_pipeline: { id: number; ref: string; sha: string; status: RestPipelineStatus } | null;
}

export interface RestBranch {
  name: string;
  merged: boolean;
  protected: boolean;
  default: boolean;
  developers_can_push?: boolean;
  developers_can_merge?: boolean;
  can_push?: boolean;
  web_url: string;
  commit: RestCommit;
}

export interface RestTag {
  name: string;
  /** Annotation message; null for lightweight tags. */
  message: string | null;
  /** SHA of the tag object for annotated tags, of the commit for lightweight ones. */
  target: string;
  commit: RestCommit;
  release: { tag_name: string; description: string } | null;
  protected: boolean;
  /** Null for lightweight tags. */
  created_at: string | null;
}

export type RestMergeRequestState = 'opened' | 'closed' | 'merged' | 'locked';

export interface RestMergeRequest {
  id: number;
  iid: number;
  project_id: number;
  title: string;
  description: string | null;
  state: RestMergeRequestState;
  created_at: string;
  updated_at: string;
  merged_at: string | null;
  closed_at: string | null;
  prepared_at?: string | null;
  merge_user: RestUserRef | null;
  /** Deprecated twin of `merge_user`. */
  merged_by: RestUserRef | null;
  closed_by: RestUserRef | null;
  author: RestUserRef;
  assignees: RestUserRef[];
  reviewers: RestUserRef[];
  source_branch: string;
  target_branch: string;
  source_project_id: number;
  target_project_id: number;
  labels: string[];
  draft: boolean;
  work_in_progress: boolean;
  milestone: null | { id: number; iid: number; title: string };
  merge_when_pipeline_succeeds: boolean;
  merge_status: 'unchecked' | 'checking' | 'can_be_merged' | 'cannot_be_merged' | 'cannot_be_merged_recheck';
  detailed_merge_status: string;
  has_conflicts: boolean;
  /** Head commit of the source branch. */
  sha: string;
  merge_commit_sha: string | null;
  squash_commit_sha: string | null;
  squash: boolean;
  user_notes_count: number;
  upvotes: number;
  downvotes: number;
  references: { short: string; relative: string; full: string };
  web_url: string;
}

export type RestIssueState = 'opened' | 'closed';

export interface RestIssue {
  id: number;
  iid: number;
  project_id: number;
  title: string;
  description: string | null;
  state: RestIssueState;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  closed_by: RestUserRef | null;
  author: RestUserRef;
  assignees: RestUserRef[];
  labels: string[];
  milestone: null | { id: number; iid: number; title: string };
  /** `YYYY-MM-DD` or null. */
  due_date: string | null;
  confidential: boolean;
  issue_type: 'issue' | 'incident' | 'test_case' | 'task';
  user_notes_count: number;
  references: { short: string; relative: string; full: string };
  web_url: string;
}

export type RestNoteableType = 'MergeRequest' | 'Issue' | 'Commit' | 'Snippet';

export interface RestNote {
  id: number;
  type: null | 'DiscussionNote' | 'DiffNote';
  body: string;
  author: RestUserRef;
  created_at: string;
  updated_at: string;
  /** True for notes GitLab writes itself ("approved this merge request", "closed"). */
  system: boolean;
  /** Global id of the parent (merge request or issue id, not iid). */
  noteable_id: number;
  noteable_type: RestNoteableType;
  noteable_iid: number;
  project_id: number;
  resolvable: boolean;
  resolved?: boolean;
  resolved_by?: RestUserRef | null;
  resolved_at?: string | null;
  confidential: boolean;
  internal: boolean;
}

/** `GET /personal_access_tokens/self`. */
export interface RestPersonalAccessToken {
  id: number;
  name: string;
  revoked: boolean;
  created_at: string;
  scopes: string[];
  user_id: number;
  last_used_at: string | null;
  active: boolean;
  /** `YYYY-MM-DD` or null for tokens that never expire. */
  expires_at: string | null;
}

export type * from './rest-ci-types';
