import { createHash } from 'node:crypto';
import { readHeader, toStorableHeaders } from '../http/request-headers';
import { refuseRequest } from '../http/refuse-request';
import { sendError, sendJson } from '../http/send-json';
import type { RelayRoute } from '../relay-context';
import { isJsonObject, readJsonBody } from './read-json-body';

/** How long a sender refused for too many deliveries in flight should wait. */
const retryAfterSeconds = '1';

/**
 * POST /api/v1/webhooks/gitlab. Checks the sender and the secret before fastify reads a byte of the
 * body, then stores the delivery durably before answering 2xx; anything refused stores nothing.
 */
export const gitlabWebhookRoute: RelayRoute = (context) => ({
  method: 'POST',
  url: '/api/v1/webhooks/gitlab',
  bodyLimit: context.maxBodyBytes,
  onRequest: async (request, reply) => {
    if (!context.isAllowedSender(request)) return refuseRequest(request, reply, 403, 'forbidden', 'This address may not deliver webhooks here.');
    if (context.matchSecret(readHeader(request.headers, 'x-gitlab-token')) < 0)
      return refuseRequest(request, reply, 401, 'unauthorized', 'X-Gitlab-Token is missing or wrong.');
  },
  handler: async (request, reply) => {
    const body = readJsonBody(request, reply);
    if (!body) return reply;
    if (!isJsonObject(body.value)) return sendError(reply, 400, 'invalid_payload', 'A webhook body is a JSON object.');
    const eventHeader = readHeader(request.headers, 'x-gitlab-event');
    // The project is only known once the body is parsed, so the limit counts deliveries from parsing
    // until their commit is answered: the part of a delivery that holds the relay's resources.
    const release = context.limiter.tryAcquire(projectKeyOf(body.value, readHeader(request.headers, 'x-gitlab-instance')));
    if (!release)
      return sendError(reply, 429, 'too_many_in_flight', 'Too many deliveries for this project are in flight.', { 'retry-after': retryAfterSeconds });
    try {
      const result = await context.writer.write({
        receivedAt: context.now(),
        kind: kindOf(body.value, eventHeader),
        idempotencyKey: idempotencyKeyOf(readHeader(request.headers, 'idempotency-key'), eventHeader, body.text),
        headers: JSON.stringify(toStorableHeaders(request.headers)),
        payload: body.text,
      });
      return sendJson(reply, 200, { status: result.isDuplicate ? 'duplicate' : 'stored' });
    } catch (error) {
      console.error(`gitpulse-relay: could not store a delivery: ${(error as Error).message}`);
      return sendError(reply, 503, 'store_failed', 'The delivery could not be stored.');
    } finally {
      release();
    }
  },
});

/** GitLab's object_kind; group hooks have none and name themselves in event_name. */
export function kindOf(payload: Record<string, unknown>, eventHeader: string | undefined): string {
  if (typeof payload.object_kind === 'string' && payload.object_kind !== '') return payload.object_kind;
  if (typeof payload.event_name === 'string' && payload.event_name !== '') return payload.event_name;
  if (eventHeader)
    return eventHeader
      .trim()
      .toLowerCase()
      .replace(/ hook$/, '')
      .replaceAll(' ', '_');
  return 'unknown';
}

/**
 * Idempotency-Key is the one header GitLab keeps across retries and manual resends (17.4+).
 * X-Gitlab-Event-UUID is shared by recursive hooks, so it cannot tell events apart. Without a key,
 * the same event name and byte-identical body count as the same delivery.
 */
export function idempotencyKeyOf(header: string | undefined, eventHeader: string | undefined, body: string): string {
  const key = header?.trim();
  if (key && key.length <= 200) return key;
  return `sha256:${createHash('sha256')
    .update(`${eventHeader ?? ''}\n${body}`)
    .digest('hex')}`;
}

function projectKeyOf(payload: Record<string, unknown>, instance: string | undefined): string {
  const project = isJsonObject(payload.project) ? payload.project.id : undefined;
  const id = project ?? payload.project_id ?? 'none';
  return `${instance ?? ''}#${String(id)}`;
}
