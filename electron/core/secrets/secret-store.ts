/**
 * Where GitLab tokens live: the OS keychain (macOS Keychain, Windows Credential Manager, the Secret
 * Service on Linux), one entry per GitLab instance, shared by the app and the CLI. Nothing else in
 * GitPulse may hold a token at rest.
 */
export interface SecretStore {
  /** The token saved for this GitLab base URL, or null when there is none. */
  readToken(gitlabUrl: string): Promise<string | null>;
  saveToken(gitlabUrl: string, token: string): Promise<void>;
  /** Returns whether a token was there to delete. */
  deleteToken(gitlabUrl: string): Promise<boolean>;
}

/** The keychain cannot be used here (no Secret Service running, locked, denied); the message says how to fix it. */
export class SecretStoreUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretStoreUnavailableError';
  }
}
