import { z } from 'zod';

/**
 * The webhook relay's wire format, shared by the relay (which writes it) and the desktop app (which
 * reads `GET /api/v1/events`). A feed event is what GitLab (or a CI job) sent, stored as received:
 * the desktop side maps it to its own rows by `kind`.
 */
export const RelayFeedEventSchema = z.object({
  /** Monotonic but with gaps: never assume `next = cursor + 1`. */
  cursor: z.number().int().positive(),
  /** ISO 8601 UTC, when the relay committed the delivery. */
  receivedAt: z.string(),
  /** GitLab's `object_kind` (`push`, `build` for jobs, ...), `pipeline_report`, or `unknown`. */
  kind: z.string(),
  /** GitLab's Idempotency-Key, or a hash of the event name and body when GitLab sent none. */
  idempotencyKey: z.string(),
  /** The delivery's request headers, lower-case, without X-Gitlab-Token or Authorization. */
  headers: z.record(z.string(), z.string()),
  /** The JSON body exactly as delivered. */
  payload: z.unknown(),
});

export const RelayFeedSchema = z.object({
  events: z.array(RelayFeedEventSchema),
  /** Pass as `after` on the next request; doing so acknowledges every event up to it. */
  nextCursor: z.number().int().nonnegative(),
});

export type RelayFeedEvent = z.infer<typeof RelayFeedEventSchema>;
export type RelayFeed = z.infer<typeof RelayFeedSchema>;

/** The `kind` of events stored from `POST /api/v1/pipelines/report`. */
export const pipelineReportKind = 'pipeline_report';

/** A whole number that may arrive as a string, as the CI job's curl sends every value. */
const wholeNumber = z.preprocess(
  (value) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value),
  z.number({ error: 'must be a whole number' }).int('must be a whole number').positive('must be a positive number'),
);

/** Coverage in percent; CI_JOB_COVERAGE may be empty or carry a trailing `%`. */
const percent = z.preprocess(
  (value) => {
    if (typeof value !== 'string') return value;
    const text = value.trim().replace(/%$/, '');
    if (text === '') return null;
    return /^\d+(\.\d+)?$/.test(text) ? Number(text) : value;
  },
  z.number({ error: 'must be a percentage' }).min(0, 'must be from 0 to 100').max(100, 'must be from 0 to 100').nullable(),
);

/** Pipeline and job statuses GitLab reports (CI_JOB_STATUS is one of success, failed, canceled). */
export const pipelineStatuses = [
  'created',
  'waiting_for_resource',
  'preparing',
  'pending',
  'running',
  'success',
  'failed',
  'canceled',
  'canceling',
  'skipped',
  'manual',
  'scheduled',
] as const;

/** The body a CI job posts to `/api/v1/pipelines/report` (see the CI integration guide). */
export const PipelineReportSchema = z.object({
  project_id: wholeNumber,
  pipeline_id: wholeNumber,
  status: z.enum(pipelineStatuses, { error: `must be one of ${pipelineStatuses.join(', ')}` }),
  commit_sha: z
    .string()
    .trim()
    .regex(/^[0-9a-f]{7,64}$/i, 'must be a hexadecimal commit SHA'),
  coverage: percent.optional().transform((value) => value ?? null),
});

export type PipelineReport = z.infer<typeof PipelineReportSchema>;
