import type { ApiDispatcher } from '../../shared/api/bridge';

export interface CoreOptions {
  /** Folder holding gitpulse.sqlite (the app's userData, or --data-dir / GITPULSE_DATA_DIR). */
  dataDir: string;
  /** Environment for headless overrides such as GITLAB_TOKEN; defaults to process.env. */
  env?: Record<string, string | undefined>;
}

/** The core as every host sees it: the API contract's dispatcher plus a way to shut it down. */
export interface Core extends ApiDispatcher {
  close(): void;
}
