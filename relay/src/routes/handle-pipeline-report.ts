import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { PipelineReportSchema, pipelineReportKind } from '../../../shared/api/relay-feed';
import { readBearerToken } from '../auth/create-token-matcher';
import { readHeader, toStorableHeaders } from '../http/request-headers';
import { refuseRequest } from '../http/refuse-request';
import { sendError, sendJson } from '../http/send-json';
import type { RelayContext, RouteHandler } from '../relay-context';
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

/** POST /api/v1/pipelines/report: the CI job's own report, stored as a `pipeline_report` event. */
export const handlePipelineReport: RouteHandler = async (request, response, context) => {
  if (!hasReportingToken(context, readHeader(request.headers, 'authorization'))) {
    refuseRequest(request, response, 401, 'unauthorized', 'A bearer token is missing or wrong.');
    return;
  }
  const body = await readJsonBody(request, response, smallBodyBytes);
  if (!body) return;
  const parsed = PipelineReportSchema.safeParse(body.value);
  if (!parsed.success) {
    sendError(response, 400, 'invalid_report', describeIssue(parsed.error));
    return;
  }
  const payload = JSON.stringify(parsed.data);
  const release = context.limiter.tryAcquire(`report#${parsed.data.project_id}`);
  if (!release) {
    sendError(response, 429, 'too_many_in_flight', 'Too many reports for this project are in flight.', { 'retry-after': '1' });
    return;
  }
  try {
    const result = await context.writer.write({
      receivedAt: context.now(),
      kind: pipelineReportKind,
      // A re-run job reporting the same facts again is the same report.
      idempotencyKey: `report:${createHash('sha256').update(payload).digest('hex')}`,
      headers: JSON.stringify(toStorableHeaders(request.headers)),
      payload,
    });
    sendJson(response, 200, { status: result.isDuplicate ? 'duplicate' : 'stored' });
  } catch (error) {
    console.error(`gitpulse-relay: could not store a pipeline report: ${(error as Error).message}`);
    sendError(response, 503, 'store_failed', 'The report could not be stored.');
  } finally {
    release();
  }
};
