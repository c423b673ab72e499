import { contract, isMethodName } from '../../shared/api/contract';
import type { AnyEvent } from '../../shared/api/events';
import { fail, ok, type ApiResult } from '../../shared/api/result';
import { toPrintableLine } from '../../shared/domain/student-text';
import { handlers } from './api';
import { toApiError } from './api/api-failure';
import type { CoreContext, EventListener } from './api/core-context';
import type { Core, CoreOptions } from './core';
import { createChromiumPdfRenderer } from './export/render-pdf-with-chromium';
import { createRelayService } from './relay/relay-service';
import { createKeyringSecretStore, relayKeychainServiceName } from './secrets/keyring-secret-store';
import { createStore } from './store/create-store';
import { createSyncService } from './sync/sync-service';

function describeIssue(error: { issues: Array<{ path: PropertyKey[]; message: string }> }): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message)).join('; ');
}

/**
 * Opens the store and serves the API contract. Every host (utilityProcess, CLI, HTTP preview, tests)
 * calls this same dispatcher: arguments are validated by the contract's zod schema at this edge, and
 * every failure comes back as an error value.
 */
export async function openCore(options: CoreOptions): Promise<Core> {
  const store = createStore(options.dataDir, { access: options.access ?? 'write' });
  const listeners = new Set<EventListener>();
  const emit: CoreContext['emit'] = (name, payload) => {
    const event = { name, payload } as AnyEvent;
    for (const listener of listeners) listener(event);
  };
  const secrets = createKeyringSecretStore();
  const env = options.env ?? process.env;
  const sync = createSyncService({
    store,
    secrets,
    env,
    emit,
    requestTimeoutMs: options.requestTimeoutMs ?? 30_000,
    ...(options.targetedSync ? { targetedSync: options.targetedSync } : {}),
  });
  const relay = createRelayService({ store, secrets: createKeyringSecretStore(relayKeychainServiceName), env, sync });
  const renderPdf = options.renderPdf ?? createChromiumPdfRenderer(env);
  const ctx: CoreContext = { store, secrets, dataDir: options.dataDir, env, sync, relay, renderPdf, emit };
  // Every commit announces the tables it wrote, whichever handler or sync made it.
  store.onCommit((tables) => emit('data.changed', { tables }));

  async function call(method: string, input: unknown): Promise<ApiResult<unknown>> {
    if (!isMethodName(method)) return fail('invalid_input', `Unknown method "${toPrintableLine(method, 100)}".`);
    const spec = contract[method];
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) return fail('invalid_input', describeIssue(parsed.error));
    try {
      const handler = handlers[method] as (input: unknown, ctx: CoreContext) => unknown;
      const value = await handler(parsed.data, ctx);
      const checked = spec.output.safeParse(value);
      if (!checked.success) return fail('internal', `Result of ${method} broke the contract: ${describeIssue(checked.error)}`);
      return ok(checked.data);
    } catch (error) {
      return { ok: false, error: toApiError(error, store.path) };
    }
  }

  // Hosts that stay up (the app, serve) also long-poll the relay when one is set; the CLI pulls on request.
  if (options.isSchedulerEnabled) {
    sync.startSchedule();
    relay.start();
  }

  return {
    call,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notifyResumed() {
      sync.notifyResumed();
    },
    close() {
      relay.stop();
      sync.stop();
      listeners.clear();
      store.close();
    },
    cancelSyncs() {
      sync.stop();
    },
    async closeGracefully(timeoutMs) {
      // The relay's long poll first: left running it keeps polling a closed store and the process alive.
      relay.stop();
      await sync.stopAndWait(timeoutMs);
      listeners.clear();
      store.close();
    },
  };
}
