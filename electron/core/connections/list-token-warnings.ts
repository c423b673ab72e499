const dayMs = 86_400_000;

/** Warn this long before a token stops working: two weeks leaves time to make and paste a new one. */
export const expiryWarningDays = 14;

/** Scopes that let GitPulse read projects, pipelines and activity (gitlab-api.md §6). */
export const syncScopes = ['read_api', 'api'];

export const needsReadApiWarning = 'The token needs the read_api scope to sync.';

/** GitLab tokens stop working at midnight UTC at the start of their expiry date. */
export function computeExpiryMs(expiresAt: string): number {
  return Date.parse(`${expiresAt}T00:00:00.000Z`);
}

/** Whole days of use left (0 on the last day); null for a token that never expires. */
export function computeExpiresInDays(expiresAt: string | null, nowMs: number): number | null {
  if (expiresAt === null) return null;
  return Math.max(0, Math.floor((computeExpiryMs(expiresAt) - nowMs) / dayMs));
}

export interface TokenFacts {
  /** null when GitLab did not say (the token self-lookup is missing on old instances). */
  scopes: string[] | null;
  expiresAt: string | null;
}

/** What the instructor should know about a token GitLab accepted. */
export function listTokenWarnings(token: TokenFacts, nowMs: number): string[] {
  const warnings: string[] = [];
  if (token.expiresAt !== null && computeExpiryMs(token.expiresAt) - nowMs <= expiryWarningDays * dayMs) {
    const days = computeExpiresInDays(token.expiresAt, nowMs) ?? 0;
    const when = days === 0 ? 'expires in less than a day' : `expires in ${days} ${days === 1 ? 'day' : 'days'}`;
    warnings.push(`The token ${when} (${token.expiresAt}, at midnight UTC); create a new one before then.`);
  }
  if (token.scopes === null) {
    warnings.push('GitLab did not report the token’s scopes; make sure it has read_api, which GitPulse needs to sync.');
  } else if (!token.scopes.some((scope) => syncScopes.includes(scope))) {
    warnings.push(needsReadApiWarning);
  } else if (token.scopes.includes('api')) {
    warnings.push('The token has the api scope: read_api is enough; api also allows writing.');
  }
  return warnings;
}
