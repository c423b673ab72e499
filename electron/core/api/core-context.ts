import type { AnyEvent, EventName, EventPayload } from '../../../shared/api/events';
import type { RateBudget } from '../gitlab/rate-budget';
import type { SyncScheduler } from '../scheduler/sync-scheduler';
import type { SecretStore } from '../secrets/secret-store';
import type { Store } from '../store/create-store';

/** What every handler may use: the store, the keychain, the environment and the push-event channel. */
export interface CoreContext {
  store: Store;
  secrets: SecretStore;
  dataDir: string;
  env: Record<string, string | undefined>;
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
  /** Courses with a sync in flight (by lower-cased name); a second sync of one course is refused, not queued. */
  runningSyncs: Map<string, AbortController>;
  /** One request budget per GitLab instance, shared by every sync against it. */
  budgets: Map<string, RateBudget>;
  /** Present when this host runs scheduled syncs (the app); the CLI syncs only on demand. */
  scheduler: SyncScheduler | null;
  requestTimeoutMs: number;
}

export type EventListener = (event: AnyEvent) => void;
