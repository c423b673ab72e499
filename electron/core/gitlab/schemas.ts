import { z } from 'zod';

/**
 * The fields of GitLab's REST objects that GitPulse stores. Loose objects: GitLab adds fields in
 * every release and those must never break a sync. Nullable where GitLab sends null in practice.
 */
const timestamp = z.string();
const optionalTimestamp = z.string().nullish().transform((v) => v ?? null);
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
  default_branch: z.string().nullish().transform((v) => v ?? null),
  archived: z.boolean().nullish().transform((v) => v === true),
  last_activity_at: optionalTimestamp,
});
export type GitlabProject = z.infer<typeof ProjectSchema>;

export const PipelineSchema = z.looseObject({
  id: z.number().int(),
  iid: z.number().int().nullish().transform((v) => v ?? null),
  status: z.string(),
  source: z.string().nullish().transform((v) => v ?? null),
  ref: z.string().nullish().transform((v) => v ?? null),
  sha: z.string().nullish().transform((v) => v ?? null),
  web_url: z.string().nullish().transform((v) => v ?? null),
  created_at: timestamp,
  updated_at: timestamp,
  started_at: optionalTimestamp,
  finished_at: optionalTimestamp,
  duration: z.number().nullish().transform((v) => v ?? null),
  queued_duration: z.number().nullish().transform((v) => v ?? null),
  coverage,
});
export type GitlabPipeline = z.infer<typeof PipelineSchema>;

export const JobSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  stage: z.string().nullish().transform((v) => v ?? null),
  status: z.string(),
  allow_failure: z.boolean().nullish().transform((v) => v === true),
  duration: z.number().nullish().transform((v) => v ?? null),
  coverage,
  created_at: optionalTimestamp,
  started_at: optionalTimestamp,
  finished_at: optionalTimestamp,
  web_url: z.string().nullish().transform((v) => v ?? null),
  failure_reason: z.string().nullish().transform((v) => v ?? null),
  queued_duration: z.number().nullish().transform((v) => v ?? null),
  pipeline: z.looseObject({ id: z.number().int() }),
});
export type GitlabJob = z.infer<typeof JobSchema>;

export const MemberSchema = z.looseObject({
  id: z.number().int(),
  username: z.string(),
  name: z.string(),
  access_level: z.number().int().nullish().transform((v) => v ?? null),
  web_url: z.string().nullish().transform((v) => v ?? null),
});
export type GitlabMember = z.infer<typeof MemberSchema>;

export const CommitSchema = z.looseObject({
  id: z.string(),
  title: z.string(),
  message: z.string().nullish().transform((v) => v ?? null),
  author_name: z.string().nullish().transform((v) => v ?? null),
  author_email: z.string().nullish().transform((v) => v ?? null),
  authored_date: optionalTimestamp,
  committed_date: optionalTimestamp,
  parent_ids: z.array(z.string()).nullish().transform((v) => v ?? []),
  web_url: z.string().nullish().transform((v) => v ?? null),
  stats: z.looseObject({ additions: z.number(), deletions: z.number() }).nullish().transform((v) => v ?? null),
});
export type GitlabCommit = z.infer<typeof CommitSchema>;

const AuthorRef = z.looseObject({ id: z.number().int() }).nullish().transform((v) => v?.id ?? null);

export const MergeRequestSchema = z.looseObject({
  id: z.number().int(),
  iid: z.number().int(),
  title: z.string(),
  state: z.string(),
  author: AuthorRef,
  draft: z.boolean().nullish().transform((v) => v === true),
  merge_user: AuthorRef,
  reviewers: z.array(z.looseObject({ id: z.number().int() })).nullish().transform((v) => (v ?? []).map((r) => r.id)),
  merge_commit_sha: z.string().nullish().transform((v) => v ?? null),
  source_branch: z.string().nullish().transform((v) => v ?? null),
  target_branch: z.string().nullish().transform((v) => v ?? null),
  created_at: timestamp,
  updated_at: timestamp,
  merged_at: optionalTimestamp,
  closed_at: optionalTimestamp,
  web_url: z.string().nullish().transform((v) => v ?? null),
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
  web_url: z.string().nullish().transform((v) => v ?? null),
  assignees: z.array(z.looseObject({ id: z.number().int() })).nullish().transform((v) => (v ?? []).map((a) => a.id)),
});
export type GitlabIssue = z.infer<typeof IssueSchema>;

export const NoteSchema = z.looseObject({
  id: z.number().int(),
  body: z.string(),
  author: AuthorRef,
  system: z.boolean().nullish().transform((v) => v === true),
  noteable_type: z.string(),
  noteable_iid: z.number().int().nullish().transform((v) => v ?? null),
  created_at: timestamp,
  updated_at: optionalTimestamp,
});
export type GitlabNote = z.infer<typeof NoteSchema>;

export const UserSchema = z.looseObject({
  id: z.number().int(),
  username: z.string(),
  name: z.string(),
  public_email: z.string().nullish().transform((v) => (v ? v : null)),
  bot: z.boolean().nullish().transform((v) => v === true),
});
export type GitlabUser = z.infer<typeof UserSchema>;

export const BranchSchema = z.looseObject({
  name: z.string(),
  merged: z.boolean().nullish().transform((v) => v === true),
  protected: z.boolean().nullish().transform((v) => v === true),
  default: z.boolean().nullish().transform((v) => v === true),
  web_url: z.string().nullish().transform((v) => v ?? null),
  commit: z.looseObject({ id: z.string() }),
});
export type GitlabBranch = z.infer<typeof BranchSchema>;

export const TagSchema = z.looseObject({
  name: z.string(),
  message: z.string().nullish().transform((v) => v ?? null),
  target: z.string().nullish().transform((v) => v ?? null),
  created_at: optionalTimestamp,
  commit: z.looseObject({ id: z.string() }).nullish().transform((v) => v ?? null),
});
export type GitlabTag = z.infer<typeof TagSchema>;

export const TestReportSummarySchema = z.looseObject({
  total: z.looseObject({
    time: z.number().nullish().transform((v) => v ?? null),
    count: z.number().int(),
    success: z.number().int(),
    failed: z.number().int(),
    skipped: z.number().int(),
    error: z.number().int(),
  }),
});
export type GitlabTestReportSummary = z.infer<typeof TestReportSummarySchema>;
