import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { answerRelayError } from './http/answer-relay-error';
import { sendError, sendJson } from './http/send-json';
import type { RelayContext, RelayRoute } from './relay-context';
import { eventsFeedRoute } from './routes/handle-events-feed';
import { gitlabWebhookRoute } from './routes/handle-gitlab-webhook';
import { pipelineReportRoute } from './routes/handle-pipeline-report';
import { pipelineValidateRoute } from './routes/handle-pipeline-validate';
import { webhookTestRoute } from './routes/handle-webhook-test';

const healthRoute: RelayRoute = (context) => ({
  method: 'GET',
  url: '/healthz',
  handler: async (_request, reply) => sendJson(reply, 200, { ok: true, lastCursor: context.events.readLastCursor() }),
});

const routes = [gitlabWebhookRoute, webhookTestRoute, pipelineReportRoute, pipelineValidateRoute, eventsFeedRoute, healthRoute];

/** The relay's HTTP server: fastify with a fixed list of routes, each a small module under routes/. */
export function createRelayServer(context: RelayContext): FastifyInstance {
  const app = Fastify({
    // Long polls and slow senders are normal here (no idle-socket timeout); a hung request is not.
    connectionTimeout: 0,
    requestTimeout: 120_000,
    keepAliveTimeout: 5_000,
    // HEAD /healthz and the like stay 405, as every other method a route does not take.
    exposeHeadRoutes: false,
    // While closing, a request on a connection already open is still answered (a delivery stored, not
    // refused with fastify's own 503 body); close() cuts what is left after its grace period.
    return503OnClosing: false,
  });
  app.server.headersTimeout = 20_000;

  // Every body is kept as the bytes that arrived, whatever its Content-Type: a webhook is stored
  // exactly as GitLab sent it, and the handlers answer non-JSON with their own 400.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  const methodOf = new Map<string, string>();
  for (const build of routes) {
    const route = build(context);
    app.route(route);
    methodOf.set(route.url, String(route.method));
  }

  const refuseUnknownRoute = (request: FastifyRequest, reply: FastifyReply): FastifyReply => {
    const path = request.url.split('?')[0] ?? '/';
    const method = methodOf.get(path);
    if (method) return sendError(reply, 405, 'method_not_allowed', `${path} takes ${method}.`, { allow: method });
    return sendError(reply, 404, 'not_found', `No route ${path}.`);
  };
  // Answered from onRequest, as before any body is read (Node discards it); the not-found handler is
  // only fastify's fallback.
  app.addHook('onRequest', async (request, reply) => {
    if (request.is404) return refuseUnknownRoute(request, reply);
  });
  app.setNotFoundHandler(refuseUnknownRoute);
  app.setErrorHandler(answerRelayError);
  return app;
}
