import { z } from 'zod';
import type { ConnectionStatus, ConnectionTest } from '../../../shared/domain/connection';
import { createConnectionFetch } from '../gitlab/connection-fetch';
import { GitlabError } from '../gitlab/gitlab-error';
import { createGitlabClient, type GitlabClient } from '../gitlab/gitlab-client';
import { createGitlabRequester } from '../gitlab/gitlab-requester';
import { createRateBudget } from '../gitlab/rate-budget';
import { computeExpiresInDays, listTokenWarnings, needsReadApiWarning, syncScopes } from './list-token-warnings';

export interface TestConnectionOptions {
  /** The normalised base URL, e.g. https://gitlab.example.edu. */
  gitlabUrl: string;
  token: string;
  requestsPerMinute: number;
  caFile: string | null;
  now?: () => number;
}

const UserSchema = z.looseObject({ username: z.string(), name: z.string() });
const TokenSelfSchema = z.looseObject({
  scopes: z.array(z.string()),
  expires_at: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
});

/** Why a test failed, in words for the instructor as they stand. */
interface Verdict {
  status: ConnectionStatus;
  message: string;
}

const untrustedCertificate = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/;

function explainUnauthorized(reason: string | null): string {
  const what =
    reason === null || !/expired|revoked/i.test(reason)
      ? 'GitLab does not recognise the token: it may be mistyped, deleted, or made on another GitLab instance.'
      : /revoked/i.test(reason)
        ? 'The token was revoked.'
        : 'The token has expired.';
  const said = reason ?? '401 Unauthorized';
  // GitLab's reason is quoted as it came; the sentence still ends with a full stop when the reason has none.
  return `${what} GitLab said: "${said}"${/[.!?]$/.test(said) ? '' : '.'} Create a new personal access token with the read_api scope and connect again.`;
}

/** Every GitLab answer becomes a verdict; anything else is a bug and is rethrown. */
function toVerdict(error: unknown, gitlabUrl: string): Verdict {
  if (error instanceof z.ZodError) {
    return { status: 'unreachable', message: `The answer from ${gitlabUrl}/api/v4 is not GitLab's; check that ${gitlabUrl} is the address of your GitLab.` };
  }
  if (!(error instanceof GitlabError)) throw error;
  switch (error.kind) {
    case 'unauthorized':
      return { status: 'unauthorized', message: explainUnauthorized(error.reason) };
    case 'forbidden':
      return {
        status: 'forbidden',
        message: error.scope ? `GitLab refused the token: it lacks the ${error.scope} scope. ${needsReadApiWarning}` : error.message,
      };
    case 'not_found':
      return { status: 'unreachable', message: `${gitlabUrl} has no GitLab API at /api/v4 (404); check the address of your GitLab.` };
    default: {
      const hint = untrustedCertificate.test(error.message)
        ? ' GitLab’s certificate is not trusted: if your GitLab uses a campus or company certificate authority, give its PEM file as the connection’s CA file.'
        : '';
      return { status: 'unreachable', message: `${error.message}${hint}` };
    }
  }
}

/** Old instances lack the self-lookup and non-personal tokens may be refused it: then scopes are unknown. */
async function fetchTokenFacts(client: GitlabClient) {
  try {
    const self = TokenSelfSchema.parse(await client.fetchTokenSelf());
    return { scopes: self.scopes, expiresAt: self.expires_at };
  } catch (error) {
    if (error instanceof GitlabError && ['network', 'timeout', 'unauthorized'].includes(error.kind)) throw error;
    return { scopes: null, expiresAt: null };
  }
}

/**
 * Asks GitLab who the token belongs to and what it may do (GET /user, then
 * /personal_access_tokens/self), within a small budget of its own so a test never waits behind a
 * running sync. Never throws for GitLab's answers: every outcome is a ConnectionTest. Throws
 * CaFileError when the CA file cannot be used. No message ever contains the token.
 */
export async function testConnection(options: TestConnectionOptions): Promise<ConnectionTest> {
  const nowMs = (options.now ?? Date.now)();
  const requester = createGitlabRequester({
    budget: createRateBudget({ perMinute: options.requestsPerMinute, concurrency: 1 }),
    // An instructor is waiting for the answer: give up after a couple of tries, not a minute of backoff.
    maxAttempts: 2,
    timeoutMs: 15_000,
    fetch: createConnectionFetch(options.caFile),
  });
  const client = createGitlabClient({ baseUrl: options.gitlabUrl, token: options.token, requester });
  const hide = (text: string) => (options.token.length >= 8 ? text.split(options.token).join('[token]') : text);
  try {
    const user = UserSchema.parse(await client.fetchCurrentUser());
    const token = await fetchTokenFacts(client);
    const canSync = token.scopes === null || token.scopes.some((scope) => syncScopes.includes(scope));
    return {
      gitlabUrl: options.gitlabUrl,
      ok: canSync,
      status: canSync ? 'ok' : 'forbidden',
      message: hide(
        canSync
          ? `Connected to ${options.gitlabUrl} as ${user.username} (${user.name}).`
          : `GitLab accepted the token of ${user.username}, but it has only the ${token.scopes?.join(', ') || 'no'} scope(s). ${needsReadApiWarning}`,
      ),
      user: { username: hide(user.username), name: hide(user.name) },
      scopes: token.scopes ?? [],
      tokenExpiresAt: token.expiresAt,
      expiresInDays: computeExpiresInDays(token.expiresAt, nowMs),
      warnings: listTokenWarnings(token, nowMs).map(hide),
    };
  } catch (error) {
    const verdict = toVerdict(error, options.gitlabUrl);
    return {
      gitlabUrl: options.gitlabUrl,
      ok: false,
      status: verdict.status,
      message: hide(verdict.message),
      user: null,
      scopes: [],
      tokenExpiresAt: null,
      expiresInDays: null,
      warnings: [],
    };
  }
}
