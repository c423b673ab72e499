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
  const scope = options.env.GITLAB_URL?.trim().replace(/\/+$/, '');
  // With GITLAB_URL set, the environment's token goes to that instance only, never to the others.
  if (fromEnvironment && (!scope || scope === options.gitlabUrl)) return checkTokenText({ token: fromEnvironment, source: 'environment' });
  const stored = (await options.secrets.readToken(options.gitlabUrl))?.trim();
  return stored ? checkTokenText({ token: stored, source: 'keychain' }) : null;
}

/** A token is printable ASCII without spaces; anything else would break (and be quoted by) the HTTP header. */
export function isTokenText(token: string): boolean {
  return /^[\x21-\x7e]+$/.test(token);
}

export class TokenFormatError extends Error {
  constructor(source: TokenSource) {
    super(
      source === 'environment'
        ? 'GITLAB_TOKEN contains spaces or control characters; set it to the token alone.'
        : 'The token saved in the keychain contains spaces or control characters; save it again.',
    );
    this.name = 'TokenFormatError';
  }
}

function checkTokenText(resolved: ResolvedToken): ResolvedToken {
  if (!isTokenText(resolved.token)) throw new TokenFormatError(resolved.source);
  return resolved;
}
