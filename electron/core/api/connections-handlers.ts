import type { connectionsApi } from '../../../shared/api/connections-api';
import type { Connection, ConnectionTest } from '../../../shared/domain/connection';
import { testConnection } from '../connections/test-connection';
import { resolveToken } from '../secrets/resolve-token';
import { SecretStoreUnavailableError, type SecretStore } from '../secrets/secret-store';
import { defaultRequestsPerMinute, type ConnectionsRepo, type StoredConnection } from '../store/connections-repo';
import { ApiFailure } from './api-failure';
import { runWithConnectionFailures } from './connection-failure';
import type { CoreContext } from './core-context';
import type { HandlerMap } from './handler-map';
import { normalizeGitlabUrl } from './normalize-gitlab-url';
import { describeHowToAddToken } from '../sync/load-sync-connection';

interface Settings {
  requestsPerMinute: number;
  caFile: string | null;
}

function describeUntested(gitlabUrl: string): StoredConnection {
  return {
    gitlabUrl,
    requestsPerMinute: defaultRequestsPerMinute,
    caFile: null,
    status: 'untested',
    statusMessage: null,
    checkedAt: null,
    username: null,
    scopes: [],
    tokenExpiresAt: null,
  };
}

/** A locked or missing keychain reads as "no token" in a list; saving and testing say why instead. */
async function readKeychainSource(secrets: SecretStore, gitlabUrl: string): Promise<Connection['tokenSource']> {
  try {
    return (await secrets.readToken(gitlabUrl)) ? 'keychain' : 'none';
  } catch (error) {
    if (error instanceof SecretStoreUnavailableError) return 'none';
    throw error;
  }
}

function isUsedByCourse(ctx: CoreContext, gitlabUrl: string): boolean {
  return ctx.store.courses.listCourses().some((course) => !course.isDemo && course.gitlabUrl === gitlabUrl);
}

function reportMissingToken(gitlabUrl: string): ConnectionTest {
  return {
    gitlabUrl,
    ok: false,
    status: 'unauthorized',
    message: describeHowToAddToken(gitlabUrl),
    user: null,
    scopes: [],
    tokenExpiresAt: null,
    expiresInDays: null,
    warnings: [],
  };
}

function recordTest(repo: ConnectionsRepo, result: ConnectionTest): void {
  repo.recordConnectionCheck(result.gitlabUrl, {
    status: result.status,
    message: result.message,
    checkedAt: new Date().toISOString(),
    username: result.user?.username ?? null,
    scopes: result.scopes,
    tokenExpiresAt: result.tokenExpiresAt,
  });
}

/** Tests whichever token is in use now (GITLAB_TOKEN, else the keychain's). */
async function testCurrentToken(ctx: CoreContext, gitlabUrl: string, settings: Settings): Promise<ConnectionTest> {
  const resolved = await resolveToken({ gitlabUrl, env: ctx.env, secrets: ctx.secrets });
  return resolved ? testConnection({ gitlabUrl, token: resolved.token, ...settings }) : reportMissingToken(gitlabUrl);
}

/**
 * A new token is tested first and reaches the keychain only once GitLab accepted it, so a mistyped
 * or expired token can never replace a working one. The keychain is written before the table, so a
 * keychain failure leaves nothing behind.
 */
async function saveNewToken(ctx: CoreContext, repo: ConnectionsRepo, gitlabUrl: string, token: string, settings: Settings): Promise<ConnectionTest> {
  const result = await testConnection({ gitlabUrl, token, ...settings });
  if (result.ok) {
    try {
      await ctx.secrets.saveToken(gitlabUrl, token);
    } catch (error) {
      if (error instanceof SecretStoreUnavailableError)
        throw new SecretStoreUnavailableError(`GitLab accepted the token, but it was not saved. ${error.message}`);
      throw error;
    }
    ctx.store.transaction(() => {
      repo.saveConnectionSettings(gitlabUrl, settings);
      recordTest(repo, result);
    });
    if (ctx.env.GITLAB_TOKEN?.trim()) result.warnings.push('GITLAB_TOKEN is set here and overrides the saved token until it is unset.');
    return result;
  }
  const previous = ctx.env.GITLAB_TOKEN?.trim() ? 'environment' : await readKeychainSource(ctx.secrets, gitlabUrl);
  // A first attempt that failed leaves no trace; a known connection keeps the settings just given.
  if (repo.findConnection(gitlabUrl) || isUsedByCourse(ctx, gitlabUrl)) {
    ctx.store.transaction(() => {
      repo.saveConnectionSettings(gitlabUrl, settings);
      // The verdict is about the rejected token; while another one is in use it says nothing about it.
      if (previous === 'none') recordTest(repo, result);
    });
  }
  const kept = previous === 'keychain' ? ' The connection keeps its previously saved token.' : previous === 'environment' ? ' GITLAB_TOKEN stays in use.' : '';
  return { ...result, message: `${result.message} The token was not saved.${kept}` };
}

function resolveSettings(repo: ConnectionsRepo, gitlabUrl: string, input: { requestsPerMinute?: number; caFile?: string | null }): Settings {
  const stored = repo.findConnection(gitlabUrl);
  return {
    requestsPerMinute: input.requestsPerMinute ?? stored?.requestsPerMinute ?? defaultRequestsPerMinute,
    caFile: input.caFile !== undefined ? input.caFile : (stored?.caFile ?? null),
  };
}

export const connectionsHandlers: HandlerMap<typeof connectionsApi> = {
  'connections.list': async (_input, ctx) => {
    const byUrl = new Map(ctx.store.connections.listConnections().map((c) => [c.gitlabUrl, c]));
    for (const course of ctx.store.courses.listCourses()) {
      if (!course.isDemo && !byUrl.has(course.gitlabUrl)) byUrl.set(course.gitlabUrl, describeUntested(course.gitlabUrl));
    }
    const hasEnvironmentToken = Boolean(ctx.env.GITLAB_TOKEN?.trim());
    const connections: Connection[] = [];
    for (const stored of [...byUrl.values()].sort((a, b) => a.gitlabUrl.localeCompare(b.gitlabUrl))) {
      const tokenSource = hasEnvironmentToken ? 'environment' : await readKeychainSource(ctx.secrets, stored.gitlabUrl);
      connections.push({ ...stored, tokenSource });
    }
    return connections;
  },

  'connections.save': (input, ctx) =>
    runWithConnectionFailures(async () => {
      const gitlabUrl = normalizeGitlabUrl(input.gitlabUrl);
      const repo = ctx.store.connections;
      const settings = resolveSettings(repo, gitlabUrl, input);
      let result: ConnectionTest;
      if (input.token) {
        result = await saveNewToken(ctx, repo, gitlabUrl, input.token, settings);
      } else {
        result = await testCurrentToken(ctx, gitlabUrl, settings);
        ctx.store.transaction(() => {
          repo.saveConnectionSettings(gitlabUrl, settings);
          recordTest(repo, result);
        });
      }
      ctx.emit('connections.changed', { gitlabUrl });
      return result;
    }),

  'connections.test': (input, ctx) =>
    runWithConnectionFailures(async () => {
      const gitlabUrl = normalizeGitlabUrl(input.gitlabUrl);
      const repo = ctx.store.connections;
      const isKnown = repo.findConnection(gitlabUrl) !== null || isUsedByCourse(ctx, gitlabUrl);
      const result = await testCurrentToken(ctx, gitlabUrl, resolveSettings(repo, gitlabUrl, {}));
      // As with saving, a failed first attempt at an address nobody set up leaves no connection behind.
      if (isKnown || result.ok) recordTest(repo, result);
      ctx.emit('connections.changed', { gitlabUrl });
      return result;
    }),

  'connections.remove': (input, ctx) =>
    runWithConnectionFailures(async () => {
      const gitlabUrl = normalizeGitlabUrl(input.gitlabUrl);
      // The keychain entry goes first: if the keychain refuses, the row stays to show there is still a token.
      const hadToken = await ctx.secrets.deleteToken(gitlabUrl);
      const hadRow = ctx.store.connections.deleteConnection(gitlabUrl);
      if (!hadToken && !hadRow) throw new ApiFailure('not_found', `There is no connection to ${gitlabUrl}.`);
      ctx.emit('connections.changed', { gitlabUrl });
      return { removed: gitlabUrl };
    }),
};
