import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli';
import { makeTempDir } from '../../support/temp-dir';

// Port 10080 is one fetch refuses, so each sync fails at once without any network traffic.
const instances = ['http://127.0.0.1:10080', 'http://localhost:10080'];

describe('GITLAB_TOKEN without GITLAB_URL', () => {
  const temp = makeTempDir();
  const cli = (args: string[], env: Record<string, string> = {}) => runCli(['--data-dir', temp.path, ...args], env);

  beforeAll(async () => {
    for (const [i, url] of instances.entries()) expect((await cli(['course', 'add', `c${i}`, '--gitlab-url', url, '--group', 'teaching'])).code).toBe(0);
  });
  afterAll(() => temp.cleanup());

  it('warns before a sync when the courses use more than one GitLab instance', async () => {
    const run = await cli(['sync', '--course', 'c0'], { GITLAB_TOKEN: 'glpat-test' });
    expect(run.stderr).toContain('gitpulse: warning: GITLAB_TOKEN is set without GITLAB_URL, so it is sent to all 2 GitLab instances');
  });

  it('says nothing of it once GITLAB_URL names the instance', async () => {
    const run = await cli(['sync', '--course', 'c0'], { GITLAB_TOKEN: 'glpat-test', GITLAB_URL: instances[0] ?? '' });
    expect(run.stderr).not.toContain('GITLAB_URL');
  });
});
