import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiDispatcher } from '../../shared/api/bridge';
import { fail } from '../../shared/api/result';
import { readJsonBody } from './read-json-body';
import { serveStaticFile } from './serve-static-file';

export interface PreviewServer {
  /** The address to open: the per-launch secret rides in the fragment, which no browser sends to a server. */
  url: string;
  origin: string;
  close(): Promise<void>;
}

export interface PreviewServerOptions {
  core: ApiDispatcher;
  rendererDir: string;
  port?: number;
}

function isSameSecret(secret: Buffer, candidate: string | null | undefined): boolean {
  if (!candidate) return false;
  const given = Buffer.from(candidate);
  return given.length === secret.length && timingSafeEqual(given, secret);
}

/** The session secret of an API request: a bearer header on calls, a query parameter on the event stream (EventSource sends no headers). */
function readSession(req: IncomingMessage, url: URL): string | null {
  const header = req.headers.authorization ?? '';
  if (header.startsWith('Bearer ')) return header.slice('Bearer '.length);
  return url.pathname === '/api/events' ? url.searchParams.get('session') : null;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}

/**
 * The loopback HTTP transport of the API contract (`gitpulse serve`): the built renderer plus
 * POST /api/call/<method> and a server-sent event stream. Bound to 127.0.0.1 only. A random secret
 * per launch, handed to the page in the address's fragment and sent back as a bearer header, keeps
 * other local pages, users and servers out: no cookie, since cookies ignore ports and would reach
 * every other server on 127.0.0.1. The Host check defeats DNS rebinding, the Origin check cross-site
 * requests.
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const secret = Buffer.from(randomBytes(32).toString('base64url'));
  const streams = new Set<ServerResponse>();
  let origin = '';

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, fail('internal', (error as Error).message));
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const allowedHosts = [new URL(origin).host, `localhost:${new URL(origin).port}`];
    if (!allowedHosts.includes(req.headers.host ?? '')) return void res.writeHead(421).end('Wrong host');
    const url = new URL(req.url ?? '/', origin);
    if (!url.pathname.startsWith('/api/')) return serveStaticFile(options.rendererDir, url.pathname, res);
    if (!isSameSecret(secret, readSession(req, url))) return sendJson(res, 401, fail('unauthorized', 'Open the address printed by gitpulse serve to sign in.'));
    const requestOrigin = req.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin && requestOrigin !== `http://localhost:${new URL(origin).port}`) {
      return sendJson(res, 403, fail('forbidden', 'Cross-origin requests are refused.'));
    }
    if (url.pathname === '/api/events' && req.method === 'GET') return openEventStream(res);
    const method = /^\/api\/call\/([\w.]+)$/.exec(url.pathname)?.[1];
    if (!method || req.method !== 'POST') return sendJson(res, 404, fail('not_found', `No API route ${req.method} ${url.pathname}.`));
    const body = await readJsonBody(req);
    if (!body.ok) {
      // The rest of a refused body is never read, so the connection cannot carry another request.
      res.setHeader('connection', 'close');
      return sendJson(res, 400, fail('invalid_input', body.message));
    }
    sendJson(res, 200, await options.core.call(method, body.value));
  }

  function openEventStream(res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': connected\n\n');
    streams.add(res);
    const unsubscribe = options.core.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
    // A comment every 15 s keeps proxies and the browser from timing the stream out.
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
    res.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
      streams.delete(res);
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/#session=${secret.toString()}`,
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
