import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerAccountRefusal } from './account-refusals';
import type { ApplicationRateLimiter } from './application-rate-limit';
import { authenticate, readTokenValue } from './authenticate';
import type { FaultInjector } from './fault-injector';
import type { RateLimiter } from './rate-limiter';
import { renderInTimeZone } from './render-in-time-zone';
import type { RouteDefinition, RouteResult } from './route-types';
import { matchRoute } from './router';
import type { MutableSimClock } from './sim-clock';
import type { SimState } from './sim-state';
import type { FaultSpec, SimRequest, SimToken } from './simulator-types';

/** A one-shot change made just before a matching request is answered. */
export interface RequestHook {
  match: RegExp;
  run: () => void;
}

export interface ServeDependencies {
  state: SimState;
  clock: MutableSimClock;
  tokens: Record<string, SimToken>;
  routes: RouteDefinition[];
  faults: FaultInjector;
  rateLimiter: RateLimiter | null;
  /** GET /users/:id's application limit (users_get_by_id), or null. */
  usersRateLimiter: ApplicationRateLimiter | null;
  latencyMs: number;
  /** Offset timestamps are rendered in, e.g. '+01:00'; null renders them in UTC. */
  timeZoneOffset: string | null;
  requests: SimRequest[];
  publicUrl: () => string;
  /** Fired (and dropped) by the first request whose path and query match. */
  hooks: RequestHook[];
  /** Runs fn after ms unless the simulator closes first. */
  schedule: (fn: () => void, ms: number) => void;
}

const API_PREFIX = '/api/v4';

function sendResult(
  response: ServerResponse,
  result: RouteResult,
  record: SimRequest,
  extraHeaders: Record<string, string>,
  timeZoneOffset: string | null,
): void {
  if (response.destroyed) return;
  const isText = result.isText === true;
  const body = isText ? String(result.body) : JSON.stringify(result.body, timeZoneOffset ? renderInTimeZone(timeZoneOffset) : undefined);
  record.status = result.status;
  response.writeHead(result.status, {
    'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json',
    'content-length': String(Buffer.byteLength(body)),
    ...extraHeaders,
    ...result.headers,
  });
  response.end(body);
}

function answerFault(fault: FaultSpec): RouteResult {
  if (fault.kind === '429') {
    const headers = { 'Retry-After': String(fault.retryAfterSeconds ?? 1) };
    return fault.jsonBody
      ? { status: 429, headers, body: { message: { error: 'This endpoint has been requested too many times. Try again later.' } } }
      : { status: 429, headers, body: 'Retry later\n', isText: true };
  }
  const messages: Record<string, string> = { '500': '500 Internal Server Error', '502': '502 Bad Gateway', '503': '503 Service Unavailable' };
  return { status: Number(fault.kind), body: { message: messages[fault.kind] ?? fault.kind } };
}

/** Runs one request through faults, authentication, throttling and the route table. */
export function serveRequest(deps: ServeDependencies, request: IncomingMessage, response: ServerResponse): void {
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === undefined) {
    request.resume();
    serveWithBody(deps, request, response, null);
    return;
  }
  // Writes (the hooks endpoints) carry a JSON body; GitLab also takes form fields, which no caller here sends.
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    serveWithBody(deps, request, response, parseJsonOrNull(Buffer.concat(chunks).toString('utf8')));
  });
}

function parseJsonOrNull(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

/** Bodies copied from GitLab's API guard: a write needs the api scope, whatever else the token has. */
const WRITE_NEEDS_API: RouteResult = {
  status: 403,
  body: { error: 'insufficient_scope', error_description: 'The request requires higher privileges than provided by the access token.', scope: 'api' },
};

function serveWithBody(deps: ServeDependencies, request: IncomingMessage, response: ServerResponse, body: unknown): void {
  const rawUrl = request.url ?? '/';
  const queryStart = rawUrl.indexOf('?');
  const rawPath = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
  const query = new URLSearchParams(queryStart === -1 ? '' : rawUrl.slice(queryStart + 1));
  const record: SimRequest = { method: request.method ?? 'GET', path: rawPath, query: query.toString(), status: 0, at: Date.now() };
  deps.requests.push(record);

  const hook = deps.hooks.findIndex((candidate) => candidate.match.test(rawUrl));
  if (hook !== -1) deps.hooks.splice(hook, 1)[0]?.run();
  const fault = deps.faults.take(rawUrl);
  if (fault?.kind === 'reset') {
    request.socket.destroy();
    return;
  }
  if (fault?.kind === 'timeout') {
    deps.schedule(() => request.socket.destroy(), fault.holdMs ?? 30_000);
    return;
  }
  const delayMs = deps.latencyMs + (fault?.kind === 'delay' ? (fault.delayMs ?? 0) : 0);
  const reply = (result: RouteResult, headers: Record<string, string> = {}): void => {
    if (delayMs > 0) deps.schedule(() => sendResult(response, result, record, headers, deps.timeZoneOffset), delayMs);
    else sendResult(response, result, record, headers, deps.timeZoneOffset);
  };
  if (fault && fault.kind !== 'delay') {
    reply(answerFault(fault));
    return;
  }
  if (!rawPath.startsWith(`${API_PREFIX}/`)) {
    reply({ status: 404, body: { error: '404 Not Found' } });
    return;
  }
  const apiPath = rawPath.slice(API_PREFIX.length);
  const auth = authenticate(readTokenValue(request.headers, query), deps.tokens, apiPath, deps.clock.nowMs);
  if (auth.kind === 'rejected') {
    reply(auth.result);
    return;
  }
  const accountRefusal = deps.state.accountRefusals.get(auth.token.userId);
  if (accountRefusal && deps.requests.length >= accountRefusal.fromRequest) {
    reply(answerAccountRefusal(accountRefusal.refusal, deps.state.usersById.get(auth.token.userId), deps.publicUrl()));
    return;
  }
  let rateHeaders: Record<string, string> = {};
  if (deps.rateLimiter) {
    const decision = deps.rateLimiter.admit(auth.tokenValue, Date.now());
    rateHeaders = decision.headers;
    if (!decision.isAllowed) {
      reply({ status: 429, body: 'Retry later\n', isText: true }, rateHeaders);
      return;
    }
  }
  if (deps.usersRateLimiter && /^\/users\/[^/]+$/.test(apiPath)) {
    const refused = deps.usersRateLimiter.admit(String(auth.token.userId), deps.clock.nowMs);
    if (refused) {
      reply(refused, rateHeaders);
      return;
    }
  }
  const match = matchRoute(deps.routes, apiPath, record.method);
  if (!match) {
    const isOtherMethod = matchRoute(deps.routes, apiPath, 'GET') !== null;
    reply(isOtherMethod ? { status: 405, body: { message: '405 Method Not Allowed' } } : { status: 404, body: { error: '404 Not Found' } }, rateHeaders);
    return;
  }
  if (record.method !== 'GET' && record.method !== 'HEAD' && !auth.token.scopes.includes('api')) {
    reply(WRITE_NEEDS_API, rateHeaders);
    return;
  }
  const tokenId = Object.keys(deps.tokens).indexOf(auth.tokenValue) + 1;
  let result: RouteResult;
  try {
    result = match.handler({
      state: deps.state,
      clock: deps.clock,
      params: match.params,
      query,
      rawPath,
      publicUrl: deps.publicUrl(),
      token: auth.token,
      tokenId,
      body,
    });
  } catch (error) {
    result = { status: 500, body: { message: `500 Internal Server Error: ${error instanceof Error ? error.message : String(error)}` } };
  }
  reply(result, rateHeaders);
}
