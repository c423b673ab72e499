import { z } from 'zod';
import { flag, nullable } from '../gitlab/nullable-field';
import { parseWebhookTime } from './parse-webhook-time';

/**
 * The parts of GitLab's webhook payloads (doc/user/project/integrations/webhook_events.md) that the
 * store keeps. Everything in a payload is untrusted: unknown fields are dropped, and a field of the
 * wrong type refuses the event instead of storing it.
 */
const time = z.unknown().optional().transform(parseWebhookTime);
const id = z.number().int();
const optionalId = nullable(id);
const text = nullable(z.string());
const ids = z
  .array(id)
  .nullish()
  .transform((v) => v ?? []);

export const WebhookProjectSchema = z.object({ id, web_url: text });

export const PipelineHookSchema = z.object({
  object_kind: z.literal('pipeline'),
  project: WebhookProjectSchema,
  object_attributes: z.object({
    id,
    iid: optionalId,
    ref: text,
    sha: text,
    source: text,
    status: z.string(),
    created_at: time,
    finished_at: time,
    duration: nullable(z.number()),
    queued_duration: nullable(z.number()),
    url: text,
  }),
  builds: z
    .array(
      z.object({
        id,
        stage: text,
        name: z.string(),
        status: z.string(),
        created_at: time,
        started_at: time,
        finished_at: time,
        duration: nullable(z.number()),
        queued_duration: nullable(z.number()),
        failure_reason: text,
        allow_failure: flag,
      }),
    )
    .nullish()
    .transform((v) => v ?? []),
});

export const JobHookSchema = z.object({
  object_kind: z.literal('build'),
  project_id: id,
  pipeline_id: id,
  build_id: id,
  build_name: z.string(),
  build_stage: text,
  build_status: z.string(),
  build_created_at: time,
  build_started_at: time,
  build_finished_at: time,
  build_duration: nullable(z.number()),
  build_queued_duration: nullable(z.number()),
  build_allow_failure: flag,
  build_failure_reason: text,
  project: WebhookProjectSchema.optional(),
});

export const MergeRequestHookSchema = z.object({
  object_kind: z.literal('merge_request'),
  project: WebhookProjectSchema,
  object_attributes: z.object({
    id,
    iid: id,
    title: z.string(),
    state: z.string(),
    author_id: optionalId,
    source_branch: text,
    target_branch: text,
    created_at: time,
    updated_at: time,
    merged_at: time.optional(),
    closed_at: time.optional(),
    url: text,
    draft: z.boolean().nullish(),
    work_in_progress: z.boolean().nullish(),
    reviewer_ids: ids,
    merge_commit_sha: text,
  }),
});

export const IssueHookSchema = z.object({
  object_kind: z.literal('issue'),
  project: WebhookProjectSchema,
  object_attributes: z.object({
    id,
    iid: id,
    title: z.string(),
    state: z.string(),
    author_id: optionalId,
    created_at: time,
    updated_at: time,
    closed_at: time.optional(),
    url: text,
    assignee_ids: ids,
  }),
});

export const NoteHookSchema = z.object({
  object_kind: z.literal('note'),
  project: WebhookProjectSchema,
  object_attributes: z.object({
    id,
    note: z.string(),
    noteable_type: z.string(),
    author_id: optionalId,
    created_at: time,
    updated_at: time,
    system: flag,
  }),
  merge_request: z.object({ iid: id }).optional(),
  issue: z.object({ iid: id }).optional(),
});

const PushCommitSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{7,64}$/i),
  message: text,
  title: text,
  timestamp: time,
  url: text,
  author: z.object({ name: text, email: text }).nullish(),
});

export const PushHookSchema = z.object({
  object_kind: z.enum(['push', 'tag_push']),
  project: WebhookProjectSchema,
  ref: z.string(),
  after: z.string(),
  checkout_sha: text,
  message: text,
  commits: z
    .array(PushCommitSchema)
    .nullish()
    .transform((v) => v ?? []),
});
