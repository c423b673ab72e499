import type { SecretStore } from './secret-store';

export type TokenSource = 'environment' | 'keychain';

export interface ResolvedToken {
  token: string;
  source: TokenSource;
}

export interface ResolveTokenOptions {
  /** The normalised GitLab base URL: the keychain account of its token. */
  gitlabUrl: string;
  env: Record<string, string | undefined>;
  secrets: SecretStore;
}

/**
 * The token to use for a GitLab instance. GITLAB_TOKEN wins over the keychain so headless hosts
 * (CI, servers without a Secret Service) work, and the keychain is then never touched at all.
 * A keychain that cannot be used throws SecretStoreUnavailableError; callers decide what that means.
 */
export async function resolveToken(options: ResolveTokenOptions): Promise<ResolvedToken | null> {
  const fromEnvironment = options.env.GITLAB_TOKEN?.trim();
  if (fromEnvironment) return { token: fromEnvironment, source: 'environment' };
  const stored = (await options.secrets.readToken(options.gitlabUrl))?.trim();
  return stored ? { token: stored, source: 'keychain' } : null;
}
