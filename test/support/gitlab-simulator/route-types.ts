import type { SimClock, SimToken } from './simulator-types';
import type { SimState } from './sim-state';

/** What a route handler sees of one request. */
export interface RouteContext {
  state: SimState;
  clock: SimClock;
  /** Path parameters, percent-decoded. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The request path as sent (still encoded), for building Link headers. */
  rawPath: string;
  /** The simulator's base URL, e.g. http://127.0.0.1:41234. */
  publicUrl: string;
  token: SimToken;
  /** Position of the token in the simulator's token table, starting at 1; its GitLab id. */
  tokenId: number;
  /** The request's JSON body for POST and PUT (null when absent or not JSON); null for GET. */
  body: unknown;
}

export interface RouteResult {
  status: number;
  /** JSON-serialisable, or a string sent as text/plain when isText is set. */
  body: unknown;
  isText?: boolean;
  headers?: Record<string, string>;
}

export type RouteHandler = (context: RouteContext) => RouteResult;

export interface RouteDefinition {
  /** GET unless a route says otherwise; HEAD is served by GET routes. */
  method?: 'GET' | 'POST' | 'PUT';
  /** Segments after /api/v4, e.g. ['projects', ':id', 'pipelines']. */
  pattern: string[];
  handler: RouteHandler;
}

export function respondJson(status: number, body: unknown): RouteResult {
  return { status, body };
}

export function respondNotFound(what: string): RouteResult {
  return { status: 404, body: { message: `404 ${what}` } };
}

/** Grape's answer to a parameter that fails validation. */
export function respondInvalidParameter(name: string, problem = 'is invalid'): RouteResult {
  return { status: 400, body: { error: `${name} ${problem}` } };
}
