import { readBearerToken } from '../auth/create-token-matcher';
import { readHeader } from '../http/request-headers';
import { refuseRequest } from '../http/refuse-request';
import { sendJson } from '../http/send-json';
import type { RouteHandler } from '../relay-context';

/**
 * POST /api/v1/webhooks/test: a connectivity check through the same address and secret checks as a
 * delivery (X-Gitlab-Token, or a client's bearer token). Nothing is stored.
 */
export const handleWebhookTest: RouteHandler = async (request, response, context) => {
  if (!context.isAllowedSender(request)) {
    refuseRequest(request, response, 403, 'forbidden', 'This address may not deliver webhooks here.');
    return;
  }
  const bearer = readBearerToken(readHeader(request.headers, 'authorization'));
  const isKnown =
    context.matchSecret(readHeader(request.headers, 'x-gitlab-token')) >= 0 || context.matchClient(bearer) >= 0 || context.matchReporter(bearer) >= 0;
  if (!isKnown) {
    refuseRequest(request, response, 401, 'unauthorized', 'X-Gitlab-Token or a bearer token is missing or wrong.');
    return;
  }
  request.resume();
  sendJson(response, 200, { ok: true, service: 'gitpulse-relay', time: new Date(context.now()).toISOString() });
};
