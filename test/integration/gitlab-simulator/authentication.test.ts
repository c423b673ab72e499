import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import type { RestPersonalAccessToken, RestUser } from '../../../electron/core/demo/rest-types';
import { fetchSimulator } from '../../support/gitlab-simulator/fetch-simulator';
import type { GitlabSimulator, SimToken } from '../../support/gitlab-simulator/index';
import { DEFAULT_SIMULATOR_TOKEN, startGitlabSimulator } from '../../support/gitlab-simulator/index';

const course = generateCourse({ teams: 2 });
const staffId = course.staffMembers[0]?.id ?? 0;
const token = (overrides: Partial<SimToken>): SimToken => ({
  scopes: ['read_api'],
  expiresAt: '2027-06-30',
  state: 'active',
  userId: staffId,
  name: 'gitpulse',
  ...overrides,
});
const tokens: Record<string, SimToken> = {
  'glpat-good': token({}),
  'glpat-expired': token({ state: 'expired' }),
  'glpat-past-date': token({ expiresAt: '2026-01-01' }),
  'glpat-revoked': token({ state: 'revoked' }),
  'glpat-user-only': token({ scopes: ['read_user'] }),
  'glpat-repo-only': token({ scopes: ['read_repository'] }),
};
let sim: GitlabSimulator;

beforeAll(async () => {
  sim = await startGitlabSimulator({ course, tokens });
});
afterAll(async () => {
  await sim.close();
});

describe('GitLab simulator authentication', () => {
  it('accepts the default token for the first staff user when no tokens are given', async () => {
    const defaultSim = await startGitlabSimulator({ course });
    try {
      const response = await fetchSimulator(defaultSim.url, '/user', DEFAULT_SIMULATOR_TOKEN);
      expect(response.status).toBe(200);
      expect((response.body as RestUser).id).toBe(staffId);
      const self = await fetchSimulator(defaultSim.url, '/personal_access_tokens/self', DEFAULT_SIMULATOR_TOKEN);
      expect(self.body).toMatchObject({ name: 'gitpulse', scopes: ['read_api'], expires_at: '2027-06-30', active: true, revoked: false, user_id: staffId });
    } finally {
      await defaultSim.close();
    }
  });

  it('accepts a bearer token as well as PRIVATE-TOKEN', async () => {
    const response = await fetch(`${sim.url}/api/v4/user`, { headers: { Authorization: 'Bearer glpat-good' } });
    expect(response.status).toBe(200);
    expect(((await response.json()) as RestUser).username).toBe(course.users.find((user) => user.id === staffId)?.username);
  });

  it('answers 401 Unauthorized for a missing or unknown token', async () => {
    for (const value of [null, 'glpat-nope']) {
      const response = await fetchSimulator(sim.url, `/projects/${course.teams[0]?.project.id}`, value);
      expect(response.status).toBe(401);
      expect(response.body).toEqual({ message: '401 Unauthorized' });
    }
  });

  it('answers 401 invalid_token for an expired token, by state or by date', async () => {
    for (const value of ['glpat-expired', 'glpat-past-date']) {
      const response = await fetchSimulator(sim.url, '/user', value);
      expect(response.status).toBe(401);
      expect(response.body).toEqual({ error: 'invalid_token', error_description: 'Token is expired. You can either do re-authorization or token refresh.' });
    }
  });

  it('answers 401 invalid_token for a revoked token', async () => {
    const response = await fetchSimulator(sim.url, '/user', 'glpat-revoked');
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ error: 'invalid_token', error_description: 'Token was revoked. You have to re-authorize from the user.' });
  });

  it('answers 403 insufficient_scope when the token has neither api nor read_api', async () => {
    const response = await fetchSimulator(sim.url, `/projects/${course.teams[0]?.project.id}/pipelines`, 'glpat-repo-only');
    expect(response.status).toBe(403);
    expect(response.body).toEqual({
      error: 'insufficient_scope',
      error_description: 'The request requires higher privileges than provided by the access token.',
      scope: 'read_api',
    });
  });

  it('lets a read_user token read /user but nothing else', async () => {
    expect((await fetchSimulator(sim.url, '/user', 'glpat-user-only')).status).toBe(200);
    expect((await fetchSimulator(sim.url, `/groups/${course.group.id}`, 'glpat-user-only')).status).toBe(403);
  });

  it('describes the calling token at /personal_access_tokens/self', async () => {
    const response = await fetchSimulator(sim.url, '/personal_access_tokens/self', 'glpat-user-only');
    const body = response.body as RestPersonalAccessToken;
    expect(body.scopes).toEqual(['read_user']);
    expect(body.id).toBe(5);
    expect(body.active).toBe(true);
  });
});

describe('GitLab simulator rate limiting', () => {
  it('throttles a token past its per-minute limit with 429, Retry-After and RateLimit headers', async () => {
    const limited = await startGitlabSimulator({ course, rateLimitPerMinute: 5 });
    try {
      const statuses: number[] = [];
      let last: Awaited<ReturnType<typeof fetchSimulator>> | undefined;
      for (let index = 0; index < 7; index += 1) {
        last = await fetchSimulator(limited.url, `/groups/${course.group.id}`);
        statuses.push(last.status);
        if (index === 0) {
          expect(last.headers.get('ratelimit-name')).toBe('throttle_authenticated_api');
          expect(last.headers.get('ratelimit-limit')).toBe('5');
          expect(last.headers.get('ratelimit-observed')).toBe('1');
          expect(last.headers.get('ratelimit-remaining')).toBe('4');
        }
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
      expect(last?.body).toBe('Retry later\n');
      const retryAfter = Number(last?.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      const reset = Number(last?.headers.get('ratelimit-reset'));
      expect(reset * 1000).toBeGreaterThan(Date.now());
      expect(new Date(last?.headers.get('ratelimit-resettime') ?? '').getTime()).toBe(reset * 1000);
      expect(last?.headers.get('ratelimit-remaining')).toBe('0');
    } finally {
      await limited.close();
    }
  });
});
