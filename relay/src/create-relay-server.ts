import { createServer, type Server } from 'node:http';
import { sendError, sendJson } from './http/send-json';
import type { RelayContext, RouteHandler } from './relay-context';
import { handleEventsFeed } from './routes/handle-events-feed';
import { handleGitlabWebhook } from './routes/handle-gitlab-webhook';
import { handlePipelineReport } from './routes/handle-pipeline-report';
import { handlePipelineValidate } from './routes/handle-pipeline-validate';
import { handleWebhookTest } from './routes/handle-webhook-test';

const handleHealth: RouteHandler = async (_request, response, context) => {
  sendJson(response, 200, { ok: true, lastCursor: context.events.readLastCursor() });
};

const routes: Record<string, { method: 'GET' | 'POST'; handle: RouteHandler }> = {
  '/api/v1/webhooks/gitlab': { method: 'POST', handle: handleGitlabWebhook },
  '/api/v1/webhooks/test': { method: 'POST', handle: handleWebhookTest },
  '/api/v1/pipelines/report': { method: 'POST', handle: handlePipelineReport },
  '/api/v1/pipelines/validate': { method: 'POST', handle: handlePipelineValidate },
  '/api/v1/events': { method: 'GET', handle: handleEventsFeed },
  '/healthz': { method: 'GET', handle: handleHealth },
};

/** The relay's HTTP server: a fixed table of routes, each a small handler. */
export function createRelayServer(context: RelayContext): Server {
  const server = createServer({ requestTimeout: 120_000, headersTimeout: 20_000, keepAliveTimeout: 5_000 }, (request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const route = routes[path];
    if (!route) {
      sendError(response, 404, 'not_found', `No route ${path}.`);
      return;
    }
    if (request.method !== route.method) {
      sendError(response, 405, 'method_not_allowed', `${path} takes ${route.method}.`, { allow: route.method });
      return;
    }
    route.handle(request, response, context).catch((error: unknown) => {
      console.error(`gitpulse-relay: ${request.method} ${path} failed: ${(error as Error).stack ?? String(error)}`);
      if (!response.headersSent) sendError(response, 500, 'internal', 'The relay failed on this request.');
      else response.destroy();
    });
  });
  // Long polls and slow senders are normal here; a hung socket is not.
  server.timeout = 0;
  return server;
}
