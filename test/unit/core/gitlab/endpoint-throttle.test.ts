import { describe, expect, it } from 'vitest';
import { createEndpointThrottle, endpointKeyOf } from '../../../../electron/core/gitlab/endpoint-throttle';
import { GitlabError } from '../../../../electron/core/gitlab/gitlab-error';
import { createGitlabRequester } from '../../../../electron/core/gitlab/gitlab-requester';
import { createRateBudget } from '../../../../electron/core/gitlab/rate-budget';

const limited = () =>
  new Response(JSON.stringify({ message: { error: 'This endpoint has been requested too many times. Try again later.' } }), {
    status: 429,
    headers: { 'content-type': 'application/json' },
  });
const ok = () => new Response('[]', { status: 200, headers: { 'content-type': 'application/json' } });

function setUp(answers: Record<string, Array<() => Response>>) {
  let t = 12_345;
  const sent: string[] = [];
  const sleeps: number[] = [];
  let wake: (() => void) | null = null;
  const fetch = (async (input: URL) => {
    const path = input.pathname;
    sent.push(path);
    const next = answers[path]?.shift();
    return next ? next() : ok();
  }) as unknown as typeof globalThis.fetch;
  const budget = createRateBudget({ perMinute: 600, concurrency: 4 });
  const requester = createGitlabRequester({
    budget,
    fetch,
    endpointThrottle: createEndpointThrottle(() => t),
    sleep: (ms) => {
      sleeps.push(ms);
      return new Promise<void>((resolve) => {
        wake = () => {
          t += ms;
          resolve();
        };
      });
    },
  });
  const get = (path: string) => requester(new URL(`https://gitlab.example.edu/api/v4${path}`), { method: 'GET', headers: {} });
  return { get, sent, sleeps, budget, wake: () => wake?.() };
}

describe('a 429 without Retry-After (GitLab’s application rate limiter)', () => {
  it('names endpoints without their ids', () => {
    expect(endpointKeyOf(new URL('https://h/api/v4/users/42'))).toBe('/users/:id');
    expect(endpointKeyOf(new URL('https://h/gitlab/api/v4/projects/7/pipelines/9/jobs'))).toBe('/projects/:id/pipelines/:id/jobs');
    expect(endpointKeyOf(new URL('https://h/api/v4/projects/g%2Fp'))).toBe('/projects/:path');
  });

  it('waits until the next full minute before retrying that endpoint, and never stops the others', async () => {
    const sim = setUp({ '/api/v4/projects/1/pipelines/5/jobs': [limited] });
    const jobs = sim.get('/projects/1/pipelines/5/jobs');
    await new Promise((resolve) => setTimeout(resolve, 10));
    // 12.345 s past the minute: the limiter's window ends at 60 s.
    expect(sim.sleeps).toEqual([60_000 - 12_345]);
    // Meanwhile other endpoints go on at once: the instance's budget is not paused.
    await expect(sim.get('/projects/1/issues')).resolves.toMatchObject({ status: 200 });
    await expect(sim.get('/projects/2/pipelines/6/test_report_summary')).resolves.toMatchObject({ status: 200 });
    expect(sim.sleeps).toHaveLength(1);
    sim.wake();
    await expect(jobs).resolves.toMatchObject({ status: 200 });
    expect(sim.sent.filter((p) => p.endsWith('/jobs'))).toHaveLength(2);
  });

  it('does not retry a user lookup, and defers the next ones without asking GitLab', async () => {
    const sim = setUp({ '/api/v4/users/7': [limited] });
    await expect(sim.get('/users/7')).rejects.toMatchObject({ kind: 'rate_limited' });
    const second = await sim.get('/users/8').catch((error: unknown) => error);
    expect(second).toBeInstanceOf(GitlabError);
    expect(second).toMatchObject({ kind: 'rate_limited' });
    expect(sim.sent).toEqual(['/api/v4/users/7']);
    expect(sim.sleeps).toEqual([]);
    await expect(sim.get('/projects/1/members/all')).resolves.toMatchObject({ status: 200 });
  });
});
