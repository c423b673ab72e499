import { z } from 'zod';
import { isIsoTimestamp } from './is-iso-timestamp';
import { flag, nullable } from './nullable-field';

/**
 * The fields of GitLab's REST objects that GitPulse stores. Loose objects: GitLab adds fields in
 * every release and those must never break a sync. Nullable where GitLab sends null in practice.
 */

// Timestamps arrive in the instance's time zone (or, for commits, the author's); the mappers turn
// them into UTC, so a value that is not a date at all is refused here rather than stored.
const timestamp = z.string().refine(isIsoTimestamp, 'not an ISO 8601 timestamp');
const optionalTimestamp = nullable(timestamp);
// GitLab sends coverage as a string on pipelines ("98.29") and as a number on jobs.
const coverage = z
  .union([z.number(), z.string()])
  .nullish()
  .transform((v) => (v === null || v === undefined || v === '' ? null : Number(v)))
  .refine((v) => v === null || Number.isFinite(v), 'coverage is not a number');

export const ProjectSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  path_with_namespace: z.string(),
  web_url: z.string(),
  default_branch: nullable(z.string()),
  archived: flag,
  last_activity_at: optionalTimestamp,
});
export type GitlabProject = z.infer<typeof ProjectSchema>;

export const PipelineSchema = z.looseObject({
  id: z.number().int(),
  iid: nullable(z.number().int()),
  status: z.string(),
  source: nullable(z.string()),
  ref: nullable(z.string()),
  sha: nullable(z.string()),
  web_url: nullable(z.string()),
  created_at: timestamp,
  updated_at: timestamp,
  started_at: optionalTimestamp,
  finished_at: optionalTimestamp,
  duration: nullable(z.number()),
  queued_duration: nullable(z.number()),
  coverage,
});
export type GitlabPipeline = z.infer<typeof PipelineSchema>;

/** A trigger job (GET …/pipelines/:id/bridges): what GitPulse needs is the pipeline it started. */
export const BridgeSchema = z.looseObject({
  id: z.number().int(),
  downstream_pipeline: nullable(z.looseObject({ id: z.number().int() })),
});

export const VersionSchema = z.looseObject({ version: z.string() });

export const JobSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  stage: nullable(z.string()),
  status: z.string(),
  allow_failure: flag,
  duration: nullable(z.number()),
  coverage,
  created_at: optionalTimestamp,
  started_at: optionalTimestamp,
  finished_at: optionalTimestamp,
  web_url: nullable(z.string()),
  failure_reason: nullable(z.string()),
  queued_duration: nullable(z.number()),
  pipeline: z.looseObject({ id: z.number().int() }),
  /** What the job published: 'archive', 'trace', 'junit' (a JUnit test report), … */
  artifacts: z
    .array(z.looseObject({ file_type: z.string() }))
    .nullish()
    .transform((v) => (v ?? []).map((a) => a.file_type)),
});
export type GitlabJob = z.infer<typeof JobSchema>;

export const MemberSchema = z.looseObject({
  id: z.number().int(),
  username: z.string(),
  name: z.string(),
  access_level: nullable(z.number().int()),
  web_url: nullable(z.string()),
});
export type GitlabMember = z.infer<typeof MemberSchema>;

export const CommitSchema = z.looseObject({
  id: z.string(),
  title: z.string(),
  message: nullable(z.string()),
  author_name: nullable(z.string()),
  author_email: nullable(z.string()),
  authored_date: optionalTimestamp,
  committed_date: optionalTimestamp,
  parent_ids: z
    .array(z.string())
    .nullish()
    .transform((v) => v ?? []),
  web_url: nullable(z.string()),
  stats: nullable(z.looseObject({ additions: z.number(), deletions: z.number() })),
});
export type GitlabCommit = z.infer<typeof CommitSchema>;

const AuthorRef = z
  .looseObject({ id: z.number().int() })
  .nullish()
  .transform((v) => v?.id ?? null);
const userIds = z
  .array(z.looseObject({ id: z.number().int() }))
  .nullish()
  .transform((v) => (v ?? []).map((u) => u.id));

export const MergeRequestSchema = z.looseObject({
  id: z.number().int(),
  iid: z.number().int(),
  title: z.string(),
  state: z.string(),
  author: AuthorRef,
  draft: flag,
  merge_user: AuthorRef,
  reviewers: userIds,
  merge_commit_sha: nullable(z.string()),
  source_branch: nullable(z.string()),
  target_branch: nullable(z.string()),
  created_at: timestamp,
  updated_at: timestamp,
  merged_at: optionalTimestamp,
  closed_at: optionalTimestamp,
  web_url: nullable(z.string()),
});
export type GitlabMergeRequest = z.infer<typeof MergeRequestSchema>;

export const IssueSchema = z.looseObject({
  id: z.number().int(),
  iid: z.number().int(),
  title: z.string(),
  state: z.string(),
  author: AuthorRef,
  created_at: timestamp,
  updated_at: timestamp,
  closed_at: optionalTimestamp,
  closed_by: AuthorRef,
  web_url: nullable(z.string()),
  assignees: userIds,
});
export type GitlabIssue = z.infer<typeof IssueSchema>;

export const NoteSchema = z.looseObject({
  id: z.number().int(),
  body: z.string(),
  author: AuthorRef,
  system: flag,
  noteable_type: z.string(),
  noteable_iid: nullable(z.number().int()),
  created_at: timestamp,
  updated_at: optionalTimestamp,
});
export type GitlabNote = z.infer<typeof NoteSchema>;

export const UserSchema = z.looseObject({
  id: z.number().int(),
  username: z.string(),
  name: z.string(),
  public_email: z
    .string()
    .nullish()
    .transform((v) => (v ? v : null)),
  bot: flag,
});
export type GitlabUser = z.infer<typeof UserSchema>;

export const BranchSchema = z.looseObject({
  name: z.string(),
  merged: flag,
  protected: flag,
  default: flag,
  web_url: nullable(z.string()),
  commit: z.looseObject({ id: z.string() }),
});
export type GitlabBranch = z.infer<typeof BranchSchema>;

export const TagSchema = z.looseObject({
  name: z.string(),
  message: nullable(z.string()),
  target: nullable(z.string()),
  created_at: optionalTimestamp,
  commit: nullable(z.looseObject({ id: z.string() })),
});
export type GitlabTag = z.infer<typeof TagSchema>;

export const TestReportSummarySchema = z.looseObject({
  total: z.looseObject({
    time: nullable(z.number()),
    count: z.number().int(),
    success: z.number().int(),
    failed: z.number().int(),
    skipped: z.number().int(),
    error: z.number().int(),
  }),
});
export type GitlabTestReportSummary = z.infer<typeof TestReportSummarySchema>;
