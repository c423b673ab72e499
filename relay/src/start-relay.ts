import type { AddressInfo } from 'node:net';
import { clientIdOf, createTokenMatcher } from './auth/create-token-matcher';
import { createRelayServer } from './create-relay-server';
import { createEventNotifier } from './feed/create-event-notifier';
import { createProjectLimiter } from './feed/create-project-limiter';
import { readHeader } from './http/request-headers';
import { isAddressInAny, type Cidr } from './net/parse-cidr';
import { resolveClientAddress } from './net/resolve-client-address';
import type { RelayContext } from './relay-context';
import { createClientsRepo } from './store/clients-repo';
import { createEventWriter } from './store/create-event-writer';
import { createEventsRepo } from './store/events-repo';
import { openRelayStore } from './store/open-relay-store';

const dayMs = 24 * 60 * 60 * 1000;

export interface RelaySettings {
  dataDir: string;
  port: number;
  host: string;
  /** Webhook secrets GitLab sends in X-Gitlab-Token (several, so one can be rotated). */
  secrets: readonly string[];
  /** Desktop clients; each is registered and must fetch an event before it can be deleted. */
  clientTokens: readonly string[];
  /** Tokens CI jobs use for pipeline reports; they read nothing and hold nothing back. */
  reporterTokens: readonly string[];
  /** When not empty, webhook senders must come from these ranges. */
  allow: readonly Cidr[];
  /** Proxies whose X-Forwarded-For is believed. */
  trustProxy: readonly Cidr[];
  retentionDays: number;
  /** The rest have defaults that tests override. */
  maxBodyBytes?: number;
  maxInFlightPerProject?: number;
  longPollMs?: number;
  pruneIntervalMs?: number;
  now?: () => number;
  beforeCommit?: () => Promise<void>;
}

export interface Relay {
  /** `http://host:port`, with the port the OS chose when asked for 0. */
  url: string;
  /** Deletes acknowledged and expired events now (the interval calls the same). */
  prune(): { events: number; keys: number };
  /** Stops taking requests, commits what is queued, closes the database. */
  close(): Promise<void>;
}

/** GitLab's documented maximum webhook body. */
export const defaultMaxBodyBytes = 25 * 1024 * 1024;

/** Opens the store and starts listening; resolves once the port is bound. */
export async function startRelay(settings: RelaySettings): Promise<Relay> {
  const now = settings.now ?? Date.now;
  const db = openRelayStore(settings.dataDir);
  const events = createEventsRepo(db);
  const clients = createClientsRepo(db);
  const clientIds = settings.clientTokens.map(clientIdOf);
  clients.registerClients(clientIds);
  const notifier = createEventNotifier();
  const writer = createEventWriter(events, { onCommitted: () => notifier.notifyCommitted(), beforeCommit: settings.beforeCommit });
  const context: RelayContext = {
    events,
    clients,
    writer,
    notifier,
    limiter: createProjectLimiter(settings.maxInFlightPerProject ?? 10),
    matchSecret: createTokenMatcher(settings.secrets),
    matchClient: createTokenMatcher(settings.clientTokens),
    matchReporter: createTokenMatcher(settings.reporterTokens),
    clientIds,
    isAllowedSender: (request) => {
      if (settings.allow.length === 0) return true;
      const address = resolveClientAddress(request.socket.remoteAddress ?? '', readHeader(request.headers, 'x-forwarded-for'), settings.trustProxy);
      return isAddressInAny(address, settings.allow);
    },
    maxBodyBytes: settings.maxBodyBytes ?? defaultMaxBodyBytes,
    longPollMs: settings.longPollMs ?? 30_000,
    now,
  };

  const prune = () => events.deleteEvents(clients.readAckedByAll(), now() - settings.retentionDays * dayMs);
  prune();
  const pruneTimer = setInterval(prune, settings.pruneIntervalMs ?? 10 * 60 * 1000);
  pruneTimer.unref();

  const app = createRelayServer(context);
  try {
    await app.listen({ port: settings.port, host: settings.host });
  } catch (error) {
    clearInterval(pruneTimer);
    db.close();
    throw error;
  }
  const { address, port } = app.server.address() as AddressInfo;
  const url = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;

  let closing: Promise<void> | null = null;
  return {
    url,
    prune,
    close: () =>
      (closing ??= (async () => {
        clearInterval(pruneTimer);
        // Long polls answer at once; idle keep-alive sockets close at once (fastify's default); a
        // request still running gets a grace period.
        notifier.close();
        const grace = setTimeout(() => app.server.closeAllConnections(), 5_000);
        await app.close();
        clearTimeout(grace);
        await writer.drain();
        db.close();
      })()),
  };
}
