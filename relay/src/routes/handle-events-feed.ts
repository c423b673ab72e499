import { readBearerToken } from '../auth/create-token-matcher';
import { readHeader } from '../http/request-headers';
import { sendError, sendJson } from '../http/send-json';
import type { RelayContext, RelayRoute } from '../relay-context';

const defaultLimit = 100;
const maxLimit = 1000;
/** A page stops growing past this many payload bytes (one event always fits), bounding memory. */
const pageBytes = 8 * 1024 * 1024;

function readWholeNumber(params: URLSearchParams, name: string): number | undefined | null {
  const text = params.get(name);
  if (text === null) return undefined;
  return /^\d{1,15}$/.test(text) ? Number(text) : null;
}

/**
 * GET /api/v1/events?after=CURSOR&limit=N&wait=SECONDS for the desktop app. Asking for events after
 * X acknowledges everything up to X for this client; without `after` the feed resumes from the
 * client's last acknowledgement. With nothing new it waits (long poll) until an event is committed.
 */
export const eventsFeedRoute: RelayRoute = (context) => ({
  method: 'GET',
  url: '/api/v1/events',
  handler: async (request, reply) => {
    const clientIndex = context.matchClient(readBearerToken(readHeader(request.headers, 'authorization')));
    const clientId = context.clientIds[clientIndex];
    if (clientId === undefined) return sendError(reply, 401, 'unauthorized', 'A client bearer token is missing or wrong.');
    const params = new URL(request.url, 'http://relay').searchParams;
    const afterParam = readWholeNumber(params, 'after');
    const limitParam = readWholeNumber(params, 'limit');
    const waitParam = readWholeNumber(params, 'wait');
    if (afterParam === null || limitParam === null || waitParam === null || limitParam === 0)
      return sendError(reply, 400, 'invalid_query', 'after and wait are whole numbers, limit is 1 to 1000.');
    const after = afterParam ?? context.clients.readAcknowledged(clientId);
    const limit = Math.min(limitParam ?? defaultLimit, maxLimit);
    const waitMs = Math.min(waitParam === undefined ? context.longPollMs : waitParam * 1000, context.longPollMs);

    // A cursor beyond the last one handed out cannot acknowledge events that do not exist yet.
    const acknowledged = Math.min(after, context.events.readLastCursor());
    if (acknowledged > context.clients.readAcknowledged(clientId)) context.clients.acknowledge(clientId, acknowledged);

    let page = readPage(context, after, limit);
    if (page === null) {
      const gone = new AbortController();
      reply.raw.once('close', () => gone.abort());
      // No await between the read above and registering the waiter, so no commit can slip between.
      if (await context.notifier.waitForEvent(waitMs, gone.signal)) page = readPage(context, after, limit);
      // The client went away: its socket is closed, there is no one to answer.
      if (gone.signal.aborted) return;
    }
    return sendJson(reply, 200, page ?? `{"events":[],"nextCursor":${after}}`);
  },
});

/** The page as JSON text, built around the stored bodies so they are not parsed again; null when empty. */
function readPage(context: RelayContext, after: number, limit: number): string | null {
  const parts: string[] = [];
  let nextCursor = after;
  let bytes = 0;
  for (const row of context.events.iterateEventsAfter(after, limit)) {
    parts.push(
      `{"cursor":${row.cursor},"receivedAt":${JSON.stringify(new Date(row.received_at).toISOString())},"kind":${JSON.stringify(row.kind)},` +
        `"idempotencyKey":${JSON.stringify(row.idempotency_key)},"headers":${row.headers},"payload":${row.payload}}`,
    );
    nextCursor = row.cursor;
    bytes += row.payload.length;
    if (bytes >= pageBytes) break;
  }
  return parts.length === 0 ? null : `{"events":[${parts.join(',')}],"nextCursor":${nextCursor}}`;
}
