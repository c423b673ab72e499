import { beforeEach, describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { fetchSimulator } from '../../support/gitlab-simulator/fetch-simulator';
import { DEFAULT_SIMULATOR_TOKEN, startGitlabSimulator } from '../../support/gitlab-simulator/index';
import { useSimulator } from '../../support/gitlab-simulator/use-simulator';

const course = generateCourse({ teams: 2 });
const projectId = course.teams[0]?.project.id ?? 0;
const getSim = useSimulator(course);
beforeEach(() => {
  getSim().clearFaults();
  getSim().clearRequests();
});

describe('GitLab simulator faults', () => {
  it('answers 500 on every second matching request', async () => {
    getSim().injectFault({ kind: '500', match: /\/pipelines/, every: 2 });
    const statuses: number[] = [];
    for (let index = 0; index < 4; index += 1) statuses.push((await fetchSimulator(getSim().url, `/projects/${projectId}/pipelines`)).status);
    expect(statuses).toEqual([200, 500, 200, 500]);
    expect((await fetchSimulator(getSim().url, `/projects/${projectId}`)).status).toBe(200);
  });

  it('answers 502 and 503 for the next N matching requests only', async () => {
    getSim().injectFault({ kind: '503', times: 2 });
    const statuses: number[] = [];
    for (let index = 0; index < 3; index += 1) statuses.push((await fetchSimulator(getSim().url, '/user')).status);
    expect(statuses).toEqual([503, 503, 200]);
  });

  it('sends 429 with Retry-After in plain text or JSON', async () => {
    getSim().injectFault({ kind: '429', times: 1, retryAfterSeconds: 7 });
    const plain = await fetchSimulator(getSim().url, '/user');
    expect(plain.status).toBe(429);
    expect(plain.headers.get('retry-after')).toBe('7');
    expect(plain.body).toBe('Retry later\n');
    getSim().injectFault({ kind: '429', times: 1, jsonBody: true });
    const json = await fetchSimulator(getSim().url, '/user');
    expect(json.body).toEqual({ message: { error: 'This endpoint has been requested too many times. Try again later.' } });
  });

  it('resets the connection without a response', async () => {
    getSim().injectFault({ kind: 'reset', times: 1 });
    await expect(fetch(`${getSim().url}/api/v4/user`, { headers: { 'PRIVATE-TOKEN': DEFAULT_SIMULATOR_TOKEN } })).rejects.toThrow();
    expect((await fetchSimulator(getSim().url, '/user')).status).toBe(200);
    expect(getSim().requests.map((request) => request.status)).toEqual([0, 200]);
  });

  it('holds a request open until the client gives up', async () => {
    getSim().injectFault({ kind: 'timeout', times: 1, holdMs: 10_000 });
    const started = Date.now();
    await expect(
      fetch(`${getSim().url}/api/v4/user`, { headers: { 'PRIVATE-TOKEN': DEFAULT_SIMULATOR_TOKEN }, signal: AbortSignal.timeout(300) }),
    ).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('delays responses by latencyMs plus delay faults', async () => {
    const slow = await startGitlabSimulator({ course, latencyMs: 150 });
    try {
      slow.injectFault({ kind: 'delay', delayMs: 150, times: 1 });
      const started = Date.now();
      expect((await fetchSimulator(slow.url, '/user')).status).toBe(200);
      expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    } finally {
      await slow.close();
    }
  });

  it('records method, path, query and status of every request', async () => {
    await fetchSimulator(getSim().url, `/projects/${projectId}/pipelines?per_page=5&page=2`);
    expect(getSim().requests).toEqual([
      { method: 'GET', path: `/api/v4/projects/${projectId}/pipelines`, query: 'per_page=5&page=2', status: 200, at: expect.any(Number) },
    ]);
  });

  it('closes promptly with idle keep-alive and held connections', { timeout: 30_000 }, async () => {
    const closing = await startGitlabSimulator({ course });
    closing.injectFault({ kind: 'timeout', times: 1, holdMs: 60_000 });
    const held = fetch(`${closing.url}/api/v4/user`, { headers: { 'PRIVATE-TOKEN': DEFAULT_SIMULATOR_TOKEN } }).catch(() => 'aborted');
    await fetchSimulator(closing.url, '/user');
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The held request would wait 60 s; closing cuts it instead of waiting it out (the test's own
    // timeout, far below the hold, is what fails if it does not).
    await closing.close();
    expect(await held).toBe('aborted');
  });
});
