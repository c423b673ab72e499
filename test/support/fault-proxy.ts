import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxiedResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** Send the body chunked, with no Content-Length (as a streaming server would). */
  isChunked?: boolean;
}

/** Rewrites a matching response; `upstream` is what the simulator answered, `target` the path with query. */
export type ResponseRewrite = (upstream: ProxiedResponse, target: string) => ProxiedResponse | Promise<ProxiedResponse>;

export interface FaultProxy {
  /** Base URL to give GitPulse in place of the simulator's. */
  url: string;
  /** Every request path (with query) that reached the proxy, in order. */
  requests: string[];
  /** Rewrites the responses of requests whose path matches, in the order added; returns a remover. */
  rewrite(match: RegExp, fn: ResponseRewrite): () => void;
  close(): Promise<void>;
}

function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  return flat;
}

/**
 * A real HTTP proxy on 127.0.0.1 in front of the GitLab simulator that rewrites chosen responses:
 * hostile or broken answers (endless pages, relative links, malformed objects, huge bodies) without
 * teaching the simulator to misbehave. Bodies pass through whole; rewritten ones get a fresh length
 * (or none, sent chunked).
 */
export async function startFaultProxy(targetUrl: string): Promise<FaultProxy> {
  const target = new URL(targetUrl);
  const rewrites: { match: RegExp; fn: ResponseRewrite }[] = [];
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push(path);
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, path, method: req.method, headers: { ...req.headers, host: target.host } },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          void (async () => {
            let response: ProxiedResponse = { status: answer.statusCode ?? 502, headers: flattenHeaders(answer.headers), body: Buffer.concat(chunks) };
            const rule = rewrites.find((r) => r.match.test(path));
            if (rule) response = await rule.fn(response, path);
            const headers = { ...response.headers };
            delete headers['transfer-encoding'];
            delete headers['content-length'];
            if (!response.isChunked) headers['content-length'] = String(response.body.length);
            res.writeHead(response.status, headers);
            res.end(response.body);
          })().catch(() => res.destroy());
        });
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    rewrite(match, fn) {
      const rule = { match, fn };
      rewrites.push(rule);
      return () => rewrites.splice(rewrites.indexOf(rule), 1);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
