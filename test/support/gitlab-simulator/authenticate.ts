import type { IncomingHttpHeaders } from 'node:http';
import type { RouteResult } from './route-types';
import type { SimToken } from './simulator-types';

export type AuthOutcome = { kind: 'ok'; tokenValue: string; token: SimToken } | { kind: 'rejected'; result: RouteResult };

/** Bodies copied from GitLab's API guard (see gitlab-api.md §6). */
const UNAUTHORIZED: RouteResult = { status: 401, body: { message: '401 Unauthorized' } };
const EXPIRED: RouteResult = {
  status: 401,
  body: { error: 'invalid_token', error_description: 'Token is expired. You can either do re-authorization or token refresh.' },
};
const REVOKED: RouteResult = {
  status: 401,
  body: { error: 'invalid_token', error_description: 'Token was revoked. You have to re-authorize from the user.' },
};
const INSUFFICIENT_SCOPE: RouteResult = {
  status: 403,
  body: { error: 'insufficient_scope', error_description: 'The request requires higher privileges than provided by the access token.', scope: 'read_api' },
};

export function readTokenValue(headers: IncomingHttpHeaders, query: URLSearchParams): string | null {
  const privateToken = headers['private-token'];
  if (typeof privateToken === 'string' && privateToken !== '') return privateToken;
  const authorization = headers.authorization;
  if (typeof authorization === 'string') {
    const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
    if (match?.[1]) return match[1];
  }
  return query.get('private_token') ?? query.get('access_token');
}

/** A token dies at midnight UTC at the start of its expiry date. */
export function isTokenExpired(token: SimToken, nowMs: number): boolean {
  if (token.state === 'expired') return true;
  return token.expiresAt !== null && nowMs >= Date.parse(`${token.expiresAt}T00:00:00.000Z`);
}

/**
 * Checks the token the way GitLab's API guard does: unknown, then expired, then revoked, then
 * scope. GET /user also accepts read_user; /personal_access_tokens/self accepts any scope.
 */
export function authenticate(tokenValue: string | null, tokens: Record<string, SimToken>, apiPath: string, nowMs: number): AuthOutcome {
  if (tokenValue === null) return { kind: 'rejected', result: UNAUTHORIZED };
  const token = Object.hasOwn(tokens, tokenValue) ? tokens[tokenValue] : undefined;
  if (!token) return { kind: 'rejected', result: UNAUTHORIZED };
  if (token.state === 'revoked') return { kind: 'rejected', result: REVOKED };
  if (isTokenExpired(token, nowMs)) return { kind: 'rejected', result: EXPIRED };
  const acceptedScopes = apiPath === '/user' ? ['api', 'read_api', 'read_user'] : ['api', 'read_api'];
  const isSelfLookup = apiPath === '/personal_access_tokens/self';
  if (!isSelfLookup && !token.scopes.some((scope) => acceptedScopes.includes(scope))) return { kind: 'rejected', result: INSUFFICIENT_SCOPE };
  return { kind: 'ok', tokenValue, token };
}
