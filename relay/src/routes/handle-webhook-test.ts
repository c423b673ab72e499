import { readBearerToken } from '../auth/create-token-matcher';
import { readHeader } from '../http/request-headers';
import { refuseRequest } from '../http/refuse-request';
import { sendJson } from '../http/send-json';
import type { RelayRoute } from '../relay-context';

/**
 * POST /api/v1/webhooks/test: a connectivity check through the same address and secret checks as a
 * delivery (X-Gitlab-Token, or a client's bearer token). Nothing is stored.
 */
export const webhookTestRoute: RelayRoute = (context) => ({
  method: 'POST',
  url: '/api/v1/webhooks/test',
  // The body is read and ignored; a delivery-sized one is still a fair test.
  bodyLimit: context.maxBodyBytes,
  onRequest: async (request, reply) => {
    if (!context.isAllowedSender(request)) return refuseRequest(request, reply, 403, 'forbidden', 'This address may not deliver webhooks here.');
    const bearer = readBearerToken(readHeader(request.headers, 'authorization'));
    const isKnown =
      context.matchSecret(readHeader(request.headers, 'x-gitlab-token')) >= 0 || context.matchClient(bearer) >= 0 || context.matchReporter(bearer) >= 0;
    if (!isKnown) return refuseRequest(request, reply, 401, 'unauthorized', 'X-Gitlab-Token or a bearer token is missing or wrong.');
  },
  handler: async (_request, reply) => sendJson(reply, 200, { ok: true, service: 'gitpulse-relay', time: new Date(context.now()).toISOString() }),
});
