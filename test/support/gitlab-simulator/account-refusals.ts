import type { RouteResult } from './route-types';
import type { RestUser } from '../../../electron/core/demo/rest-types';

/** Why GitLab refuses every API call of an account, whatever its token may do. */
export type AccountRefusal = 'terms' | 'deactivated' | 'blocked';

/**
 * GitLab's answers when the token is valid but its account may not use the API (API guard and
 * API helpers): the Terms of Service must be accepted first, the account was deactivated for
 * dormancy (a login in a browser reactivates it), or an admin blocked it. Each is a 403 with GitLab's
 * sentence in `message`.
 */
export function answerAccountRefusal(refusal: AccountRefusal, user: RestUser | undefined, publicUrl: string): RouteResult {
  const username = user?.username ?? 'user';
  const messages: Record<AccountRefusal, string> = {
    terms: `403 Forbidden - You (@${username}) must accept the Terms of Service in order to perform this action. To accept these terms, please access ${publicUrl}/-/users/terms in a web browser.`,
    deactivated: `403 Forbidden - Your account has been deactivated by your administrator. Please log back in from a web browser to reactivate your account at ${publicUrl}`,
    blocked: '403 Forbidden - Your account has been blocked.',
  };
  return { status: 403, body: { message: messages[refusal] } };
}
