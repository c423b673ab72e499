import type { RelayPull, RelayStatus } from '../../../shared/api/relay-api';
import { ApiFailure } from '../api/api-failure';
import { createRelayPoller, type RelayPoller } from '../scheduler/relay-poller';
import type { SecretStore } from '../secrets/secret-store';
import type { Store } from '../store/create-store';
import type { SyncService } from '../sync/sync-service';
import { applyRelayEvents, type AppliedPage } from './apply-relay-events';
import { fetchRelayFeed, RelayError } from './fetch-relay-feed';

export interface RelayServiceOptions {
  store: Store;
  /** The keychain entries for relay client tokens (their own service name; the account is the relay URL). */
  secrets: SecretStore;
  env: Record<string, string | undefined>;
  sync: SyncService;
  fetch?: typeof fetch;
}

const pageSize = 500;
const longPollSeconds = 30;

/** A refused token is the user's to fix, unlike a relay that does not answer. */
function toRelayFailure(error: unknown): unknown {
  if (!(error instanceof RelayError)) return error;
  return new ApiFailure(error.status === 401 || error.status === 403 ? 'unauthorized' : 'unreachable', error.message);
}

export function normalizeRelayUrl(url: string): string {
  return url.trim().replace(/\/+$/, '');
}

/**
 * The webhook relay, seen from the app: its address and token, pulling its feed once (the CLI) or
 * long-polling it (the app and `gitpulse serve`), and after each applied page a request to the sync
 * service for a targeted sync of each touched project's touched resources, which fills in what
 * webhooks lack (merged_at, commit stats, test reports). With the relay down, scheduled syncs carry
 * on as before; only the status says so.
 */
export function createRelayService(options: RelayServiceOptions) {
  const { store, secrets, env } = options;
  let poller: RelayPoller | null = null;
  /** This host stays up and wants to poll (start() was called), whether or not a relay is set yet. */
  let isPollingWanted = false;
  let failures = 0;

  async function resolveRelayToken(url: string): Promise<{ token: string; source: 'environment' | 'keychain' } | null> {
    const fromEnvironment = env.GITPULSE_RELAY_TOKEN?.trim();
    if (fromEnvironment) return { token: fromEnvironment, source: 'environment' };
    const stored = (await secrets.readToken(url))?.trim();
    return stored ? { token: stored, source: 'keychain' } : null;
  }

  async function requireConnection(): Promise<{ url: string; token: string; cursor: number }> {
    const state = store.relay.readRelayState();
    if (!state) throw new ApiFailure('not_found', 'No relay is set up. Connect one in Settings → Relay, or run: gitpulse relay connect --url URL');
    const token = await resolveRelayToken(state.url);
    if (!token) throw new ApiFailure('invalid_input', `No client token for the relay ${state.url}: connect it again, or set GITPULSE_RELAY_TOKEN.`);
    return { url: state.url, token: token.token, cursor: state.cursor };
  }

  /** Only hosts that stay up refresh after events: a one-off `gitpulse relay pull` exits before a sync could run. */
  function scheduleSyncs(page: AppliedPage): void {
    if (!poller) return;
    for (const [projectId, resources] of page.stale) for (const resource of resources) options.sync.requestTargetedSync(projectId, resource);
  }

  /** One feed request, applied and committed with its cursor. Returns null when the feed had nothing new. */
  async function pullPage(waitSeconds: number, signal?: AbortSignal): Promise<AppliedPage | null> {
    const connection = await requireConnection();
    try {
      const feed = await fetchRelayFeed({
        url: connection.url,
        token: connection.token,
        after: connection.cursor,
        limit: pageSize,
        waitSeconds,
        ...(signal ? { signal } : {}),
        ...(options.fetch ? { fetch: options.fetch } : {}),
      });
      const page = applyRelayEvents(store, feed, new Date().toISOString());
      failures = 0;
      scheduleSyncs(page);
      return feed.events.length ? page : null;
    } catch (error) {
      if (signal?.aborted) throw error;
      failures += 1;
      store.relay.recordRelayError(error instanceof Error ? error.message : String(error));
      throw toRelayFailure(error);
    }
  }

  const service = {
    async status(): Promise<RelayStatus> {
      const state = store.relay.readRelayState();
      if (!state) {
        return {
          isConfigured: false,
          url: null,
          tokenSource: null,
          state: 'off',
          cursor: 0,
          lastEventAt: null,
          lastPulledAt: null,
          lastError: null,
          appliedCount: 0,
          ignoredCount: 0,
        };
      }
      // The keychain may be locked or absent; the status still answers, saying there is no token.
      const token = await resolveRelayToken(state.url).catch(() => null);
      const isDown = state.lastError !== null;
      return {
        isConfigured: true,
        url: state.url,
        tokenSource: token?.source ?? null,
        state: isDown ? 'down' : poller ? 'live' : 'idle',
        cursor: state.cursor,
        lastEventAt: state.lastEventAt,
        lastPulledAt: state.lastPulledAt,
        lastError: state.lastError,
        appliedCount: state.appliedCount,
        ignoredCount: state.ignoredCount,
      };
    },

    /** Checks the URL and token with a feed request that waits for nothing; saves both only if the relay accepts them. */
    async connect(url: string, token: string | undefined): Promise<void> {
      const normalized = normalizeRelayUrl(url);
      const previous = store.relay.readRelayState();
      const candidate = token ?? (await resolveRelayToken(normalized))?.token;
      if (!candidate) throw new ApiFailure('invalid_input', "Give the relay's client token (one of its --client-token values).");
      const after = previous?.url === normalized ? previous.cursor : 0;
      try {
        await fetchRelayFeed({ url: normalized, token: candidate, after, limit: 1, waitSeconds: 0, ...(options.fetch ? { fetch: options.fetch } : {}) });
      } catch (error) {
        throw toRelayFailure(error);
      }
      if (token) await secrets.saveToken(normalized, token);
      if (previous && previous.url !== normalized) await secrets.deleteToken(previous.url).catch(() => false);
      store.relay.saveRelayUrl(normalized);
      service.restart();
    },

    async disconnect(): Promise<boolean> {
      const state = store.relay.readRelayState();
      poller?.stop();
      poller = null;
      if (!state) return false;
      await secrets.deleteToken(state.url).catch(() => false);
      return store.relay.deleteRelay();
    },

    async test(): Promise<{ ok: boolean; message: string }> {
      const connection = await requireConnection();
      try {
        await fetchRelayFeed({
          url: connection.url,
          token: connection.token,
          after: connection.cursor,
          limit: 1,
          waitSeconds: 0,
          ...(options.fetch ? { fetch: options.fetch } : {}),
        });
        return { ok: true, message: `The relay at ${connection.url} accepts this app's client token.` };
      } catch (error) {
        if (!(error instanceof RelayError)) throw error;
        return { ok: false, message: error.message };
      }
    },

    /** Every event after the stored cursor, page by page, without waiting for new ones. */
    async pull(courseId: number | null): Promise<RelayPull> {
      const total: RelayPull = { applied: 0, appliedToCourse: courseId === null ? null : 0, ignored: 0, skipped: 0, cursor: 0 };
      for (;;) {
        const page = await pullPage(0);
        if (!page) break;
        total.applied += page.applied;
        total.ignored += page.ignored;
        total.skipped += page.skipped;
        if (courseId !== null) total.appliedToCourse = (total.appliedToCourse ?? 0) + (page.touched.get(courseId)?.count ?? 0);
      }
      total.cursor = store.relay.readRelayState()?.cursor ?? 0;
      return total;
    },

    /** Long-polls the relay while one is set (the app and `gitpulse serve`); a no-op without a relay. */
    start(): void {
      isPollingWanted = true;
      if (poller || !store.relay.readRelayState()) return;
      poller = createRelayPoller({ pollOnce: async (signal) => void (await pullPage(longPollSeconds, signal)) });
      poller.start();
    },

    /** After connect: a host that was polling polls the new relay. */
    restart(): void {
      if (!isPollingWanted) return;
      poller?.stop();
      poller = null;
      service.start();
    },

    failuresInARow: () => failures,

    stop(): void {
      isPollingWanted = false;
      poller?.stop();
      poller = null;
    },
  };
  return service;
}

export type RelayService = ReturnType<typeof createRelayService>;
