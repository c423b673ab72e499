import type { ApiDispatcher } from '../../shared/api/bridge';
import type { PdfRenderer } from './export/render-pdf-with-chromium';

export interface CoreOptions {
  /** Folder holding gitpulse.sqlite (the app's userData, or --data-dir / GITPULSE_DATA_DIR). */
  dataDir: string;
  /** Environment for headless overrides such as GITLAB_TOKEN; defaults to process.env. */
  env?: Record<string, string | undefined>;
  /** Run scheduled syncs (the desktop app); the CLI and tests sync only when asked. */
  isSchedulerEnabled?: boolean;
  /**
   * 'read' for a host that only reads (the CLI's metrics, course list, audit, practices...): a database
   * that can be read but not written (owned by root after a sudo, a read-only mount) still opens.
   */
  access?: 'read' | 'write';
  /** How long one GitLab request may take before it is retried; 30 s unless a host says otherwise. */
  requestTimeoutMs?: number;
  /**
   * How long the relay's events are coalesced before the targeted sync they call for: quiet for
   * `quietMs`, at most `maxWaitMs` after the first (20 s and 2 min unless a host or a test says otherwise).
   */
  targetedSync?: { quietMs: number; maxWaitMs: number };
  /** How the PDF export prints; headless Chromium (CHROMIUM_PATH or the usual locations) unless the host has its own. */
  renderPdf?: PdfRenderer;
}

/** The core as every host sees it: the API contract's dispatcher plus lifecycle notices. */
export interface Core extends ApiDispatcher {
  /** The machine woke from sleep: scheduled syncs that fell due catch up. */
  notifyResumed(): void;
  close(): void;
  /** Cancels every running sync (Ctrl+C, SIGTERM); what they committed stays. */
  cancelSyncs(): void;
  /**
   * Cancels running syncs, waits at most `timeoutMs` for their cleanup (lease freed, sync.finished
   * sent), then closes: closing the store first left the lease row behind.
   */
  closeGracefully(timeoutMs: number): Promise<void>;
}
