import { describe, expect, it } from 'vitest';
import { createGitlabRequester } from '../../../../electron/core/gitlab/gitlab-requester';
import { createRateBudget } from '../../../../electron/core/gitlab/rate-budget';

describe('a GitLab on a port the HTTP client blocks', () => {
  it('fails at once, saying the port is blocked and what to do, instead of retrying a "network error"', async () => {
    let attempts = 0;
    const request = createGitlabRequester({
      budget: createRateBudget({ perMinute: 600, concurrency: 1 }),
      sleep: () => Promise.resolve(),
      onRequest: () => (attempts += 1),
    });
    await expect(request(new URL('http://127.0.0.1:10080/api/v4/user'), { method: 'GET', headers: {} })).rejects.toThrow(
      /refuses port 10080 of http:\/\/127\.0\.0\.1:10080.*reverse proxy on an allowed port/,
    );
    expect(attempts).toBeLessThanOrEqual(1);
  });
});
