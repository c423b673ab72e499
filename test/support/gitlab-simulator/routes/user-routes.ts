import type { RestPersonalAccessToken } from '../../../../electron/core/demo/rest-types';
import type { RouteDefinition } from '../route-types';
import { respondJson, respondNotFound } from '../route-types';

export const userRoutes: RouteDefinition[] = [
  {
    pattern: ['user'],
    handler: (context) => {
      const user = context.state.usersById.get(context.token.userId);
      if (!user) return respondNotFound('User Not Found');
      // Only the token's own user sees a private e-mail address.
      return respondJson(200, { ...user, email: user.public_email || `${user.username}@example.edu` });
    },
  },
  {
    pattern: ['users', ':user_id'],
    handler: (context) => {
      const user = /^\d+$/.test(context.params.user_id ?? '') ? context.state.usersById.get(Number(context.params.user_id)) : undefined;
      return user ? respondJson(200, user) : respondNotFound('User Not Found');
    },
  },
  {
    pattern: ['version'],
    handler: (context) =>
      respondJson(200, {
        version: context.state.version.text,
        revision: '6c9d5a3e2f1',
        kas: { enabled: false, externalUrl: null, version: null },
        enterprise: false,
      }),
  },
  {
    pattern: ['personal_access_tokens', 'self'],
    handler: (context) => {
      const { token } = context;
      const body: RestPersonalAccessToken = {
        id: context.tokenId,
        name: token.name,
        revoked: token.state === 'revoked',
        created_at: new Date(Date.parse(context.state.course.semesterStart) - 30 * 86_400_000).toISOString(),
        scopes: token.scopes,
        user_id: token.userId,
        last_used_at: context.clock.now,
        active: token.state === 'active',
        expires_at: token.expiresAt,
      };
      return respondJson(200, body);
    },
  },
];
