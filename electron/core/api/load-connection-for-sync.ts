import type { ConnectionStatus } from '../../../shared/domain/connection';
import { createConnectionFetch } from '../gitlab/connection-fetch';
import { resolveToken } from '../secrets/resolve-token';
import { defaultRequestsPerMinute } from '../store/connections-repo';
import { ApiFailure } from './api-failure';
import { runWithConnectionFailures } from './connection-failure';
import type { CoreContext } from './core-context';
import { normalizeGitlabUrl } from './normalize-gitlab-url';

export interface SyncConnection {
  token: string;
  requestsPerMinute: number;
  /** Trusts the connection's CA file, if it has one. */
  fetch: typeof fetch;
}

/** Said wherever a token is missing, so the app, the CLI and the sync all point the same way. */
export function describeHowToAddToken(gitlabUrl: string): string {
  return `No GitLab token for ${gitlabUrl}. Add one under Connections in GitPulse, or run: gitpulse connect --gitlab-url ${gitlabUrl} (it reads the token from stdin). On a server or in CI, set GITLAB_TOKEN. The token needs the read_api scope.`;
}

/**
 * What a sync of this instance needs: the token (GITLAB_TOKEN, else the keychain), its request
 * budget and its fetch. A recorded 'unauthorized' status does not block: the token may have been
 * replaced since, and GitLab's answer is the one that counts.
 */
export function loadConnectionForSync(ctx: CoreContext, gitlabUrl: string): Promise<SyncConnection> {
  return runWithConnectionFailures(async () => {
    const url = normalizeGitlabUrl(gitlabUrl);
    const resolved = await resolveToken({ gitlabUrl: url, env: ctx.env, secrets: ctx.secrets });
    if (!resolved) throw new ApiFailure('unauthorized', describeHowToAddToken(url));
    const stored = ctx.store.connections.findConnection(url);
    return {
      token: resolved.token,
      requestsPerMinute: stored?.requestsPerMinute ?? defaultRequestsPerMinute,
      fetch: createConnectionFetch(stored?.caFile ?? null),
    };
  });
}

/**
 * Lets the sync engine record what GitLab said mid-sync, e.g. 'unauthorized' ("token expired or
 * revoked") or 'forbidden' after a 401 or 403, so the connections screen shows it without a test.
 */
export function recordConnectionStatus(ctx: CoreContext, gitlabUrl: string, status: ConnectionStatus, message: string): void {
  const url = normalizeGitlabUrl(gitlabUrl);
  ctx.store.connections.recordConnectionStatus(url, status, message, new Date().toISOString());
  ctx.emit('connections.changed', { gitlabUrl: url });
}
