import { toPrintableLine } from '../../../shared/domain/student-text';

export type GitlabErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'rate_limited'
  | 'server'
  | 'network'
  | 'timeout'
  | 'bad_response'
  /** A body over its size cap (read-capped-body.ts): that item is left out, never retried. */
  | 'too_large'
  | 'cancelled';

/**
 * A failed GitLab call, with a message fit for the user. Messages never include the token or the
 * request headers: only the method and the path.
 */
export class GitlabError extends Error {
  constructor(
    readonly kind: GitlabErrorKind,
    message: string,
    readonly status: number | null = null,
    readonly scope: string | null = null,
    /** GitLab's own words on a 401 or 403 ("Token is expired…", "Your account has been blocked."), cleaned and cut short. */
    readonly reason: string | null = null,
    /**
     * True when GitLab refuses the token's whole account (Terms of Service not accepted, account
     * deactivated or blocked): every request will fail the same way, so the sync stops.
     */
    readonly isAccountRefusal = false,
  ) {
    super(message);
    this.name = 'GitlabError';
  }
}

interface GitlabErrorBody {
  message?: unknown;
  error?: unknown;
  error_description?: unknown;
  scope?: unknown;
}

/** Turns a non-2xx GitLab response into a GitlabError, reading GitLab's documented error bodies. */
export function toGitlabError(status: number, bodyText: string, what: string): GitlabError {
  let body: GitlabErrorBody = {};
  try {
    body = JSON.parse(bodyText) as GitlabErrorBody;
  } catch {
    // Throttled responses are plain text ("Retry later"); the status says enough.
  }
  const description = typeof body.error_description === 'string' ? body.error_description : '';
  if (status === 401) {
    const detail = /expired/i.test(description) ? 'expired' : /revoked/i.test(description) ? 'revoked' : 'expired or revoked';
    const reason = cleanReason(description || (typeof body.message === 'string' ? body.message : ''));
    return new GitlabError('unauthorized', `GitLab rejected the token (${detail}). Create a new token with the read_api scope.`, status, null, reason);
  }
  if (status === 403) {
    if (body.error === 'insufficient_scope') {
      const scope = typeof body.scope === 'string' ? body.scope : 'read_api';
      return new GitlabError('forbidden', `The token lacks the ${scope} scope needed to read ${what}.`, status, scope);
    }
    const reason = cleanReason(description || (typeof body.message === 'string' ? body.message : ''));
    if (reason !== null && isAccountRefusal(reason)) {
      return new GitlabError('forbidden', `GitLab refused the token's account: ${reason}`, status, null, reason, true);
    }
    return new GitlabError('forbidden', `GitLab refused access to ${what} (403 Forbidden).`, status, null, reason);
  }
  if (status === 404) return new GitlabError('not_found', `GitLab has no ${what}, or the token cannot see it (404).`, status);
  if (status === 429) return new GitlabError('rate_limited', `GitLab kept rate-limiting requests for ${what}.`, status);
  if (status >= 500) return new GitlabError('server', `GitLab failed with ${status} on ${what}.`, status);
  // The server decides this text; it is printed in terminals and stored on the course.
  const message = typeof body.message === 'string' ? toPrintableLine(body.message, 200) : `HTTP ${status}`;
  return new GitlabError('bad_response', `GitLab answered ${what} with ${message}.`, status);
}

/** A hostile or broken server decides this text: keep it short and printable. */
function cleanReason(said: string): string | null {
  // eslint-disable-next-line no-control-regex
  return said ? said.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, 200) : null;
}

/**
 * GitLab's refusals of the account behind the token rather than of one resource (API guard and
 * helpers): "403 Forbidden - You (@user) must accept the Terms of Service…", "Your account has been
 * deactivated…", "Your account has been blocked."
 */
const accountRefusals = [/must accept the Terms of Service/i, /account has been deactivated/i, /account has been blocked/i, /account is blocked/i];

function isAccountRefusal(reason: string): boolean {
  return accountRefusals.some((pattern) => pattern.test(reason));
}
