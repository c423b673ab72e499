import { createHash } from 'node:crypto';
import type { onRequestAsyncHookHandler } from 'fastify';
import type { z } from 'zod';
import { PipelineReportSchema, pipelineReportKind } from '../../../shared/api/relay-feed';
import { readBearerToken } from '../auth/create-token-matcher';
import { readHeader, toStorableHeaders } from '../http/request-headers';
import { refuseRequest } from '../http/refuse-request';
import { sendError, sendJson } from '../http/send-json';
import type { RelayContext, RelayRoute } from '../relay-context';
import { readJsonBody } from './read-json-body';

/** A report is five short fields; anything near this size is not one. */
export const smallBodyBytes = 1024 * 1024;

/** Client and reporter tokens may report from CI and ask for validation. */
export function hasReportingToken(context: RelayContext, authorization: string | undefined): boolean {
  const token = readBearerToken(authorization);
  return context.matchReporter(token) >= 0 || context.matchClient(token) >= 0;
}

/** The first problem, naming the field: `project_id: must be a whole number`. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The body is not valid.';
  const field = issue.path.join('.') || 'body';
  return `${field}: ${issue.message}`;
}

/** Refuses a request without a reporting token before fastify reads its body. */
export function refuseWithoutReportingToken(context: RelayContext): onRequestAsyncHookHandler {
  return async (request, reply) => {
    if (!hasReportingToken(context, readHeader(request.headers, 'authorization')))
      return refuseRequest(request, reply, 401, 'unauthorized', 'A bearer token is missing or wrong.');
  };
}

/** POST /api/v1/pipelines/report: the CI job's own report, stored as a `pipeline_report` event. */
export const pipelineReportRoute: RelayRoute = (context) => ({
  method: 'POST',
  url: '/api/v1/pipelines/report',
  bodyLimit: smallBodyBytes,
  onRequest: refuseWithoutReportingToken(context),
  handler: async (request, reply) => {
    const body = readJsonBody(request, reply);
    if (!body) return reply;
    const parsed = PipelineReportSchema.safeParse(body.value);
    if (!parsed.success) return sendError(reply, 400, 'invalid_report', describeIssue(parsed.error));
    const payload = JSON.stringify(parsed.data);
    const release = context.limiter.tryAcquire(`report#${parsed.data.project_id}`);
    if (!release) return sendError(reply, 429, 'too_many_in_flight', 'Too many reports for this project are in flight.', { 'retry-after': '1' });
    try {
      const result = await context.writer.write({
        receivedAt: context.now(),
        kind: pipelineReportKind,
        // A re-run job reporting the same facts again is the same report.
        idempotencyKey: `report:${createHash('sha256').update(payload).digest('hex')}`,
        headers: JSON.stringify(toStorableHeaders(request.headers)),
        payload,
      });
      return sendJson(reply, 200, { status: result.isDuplicate ? 'duplicate' : 'stored' });
    } catch (error) {
      console.error(`gitpulse-relay: could not store a pipeline report: ${(error as Error).message}`);
      return sendError(reply, 503, 'store_failed', 'The report could not be stored.');
    } finally {
      release();
    }
  },
});
