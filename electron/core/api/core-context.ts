import type { AnyEvent, EventName, EventPayload } from '../../../shared/api/events';
import type { Store } from '../store/create-store';

/** What every handler may use: the store, the environment and the push-event channel. */
export interface CoreContext {
  store: Store;
  dataDir: string;
  env: Record<string, string | undefined>;
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
  /** Courses with a sync in flight; a second sync of the same course is refused, not queued. */
  runningSyncs: Map<string, AbortController>;
}

export type EventListener = (event: AnyEvent) => void;
