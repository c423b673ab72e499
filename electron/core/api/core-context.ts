import type { AnyEvent, EventName, EventPayload } from '../../../shared/api/events';
import type { PdfRenderer } from '../export/render-pdf-with-chromium';
import type { SecretStore } from '../secrets/secret-store';
import type { Store } from '../store/create-store';
import type { RelayService } from '../relay/relay-service';
import type { SyncService } from '../sync/sync-service';

/** What every handler may use: the store, the keychain, the environment, the sync service, the PDF printer and the push-event channel. */
export interface CoreContext {
  store: Store;
  secrets: SecretStore;
  dataDir: string;
  env: Record<string, string | undefined>;
  /** Runs, cancels and schedules syncs; owns which courses are syncing and the per-instance budgets. */
  sync: SyncService;
  /** The webhook relay: its settings, pulling its feed, and long-polling it in hosts that stay up. */
  relay: RelayService;
  /** Prints the feedback report: headless Chromium in the CLI and the preview, the app's own printToPDF in the app. */
  renderPdf: PdfRenderer;
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
}

export type EventListener = (event: AnyEvent) => void;
