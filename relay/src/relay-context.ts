import type { FastifyRequest, RouteOptions } from 'fastify';
import type { ClientsRepo } from './store/clients-repo';
import type { EventsRepo } from './store/events-repo';
import type { EventWriter } from './store/create-event-writer';
import type { EventNotifier } from './feed/create-event-notifier';
import type { ProjectLimiter } from './feed/create-project-limiter';

/** What every route handler works with: the store, the limits and the token checks. */
export interface RelayContext {
  events: EventsRepo;
  clients: ClientsRepo;
  writer: EventWriter;
  notifier: EventNotifier;
  limiter: ProjectLimiter;
  /** Index of the matching webhook secret, or -1. */
  matchSecret(token: string | undefined): number;
  /** Index of the matching client token (its position in `clientIds`), or -1. */
  matchClient(token: string | undefined): number;
  matchReporter(token: string | undefined): number;
  clientIds: readonly string[];
  /** False when an allowlist is configured and the request's client address is outside it. */
  isAllowedSender(request: FastifyRequest): boolean;
  maxBodyBytes: number;
  longPollMs: number;
  now(): number;
}

/** Each route module builds its fastify route (path, method, body limit, checks, handler) around the context. */
export type RelayRoute = (context: RelayContext) => RouteOptions;
