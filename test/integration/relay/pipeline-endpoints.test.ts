import { afterEach, describe, expect, it } from 'vitest';
import type { CiPracticesReport } from '../../../shared/practices/check-ci-practices';
import { readWholeFeed } from '../../support/relay/read-relay-feed';
import { startTestRelay, testClientToken, testSecret, type TestRelay } from '../../support/relay/start-test-relay';

const reporterToken = 'ci-reporter-token';

let relay: TestRelay | undefined;
afterEach(async () => {
  await relay?.close();
  relay = undefined;
});

async function started(): Promise<TestRelay> {
  relay = await startTestRelay({ reporterTokens: [reporterToken] });
  return relay;
}

function post(url: string, path: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

// Exactly what the CI guide's curl sends: every value is a string.
const curlBody = JSON.stringify({
  project_id: '311',
  pipeline_id: '9133',
  status: 'failed',
  commit_sha: '77aa11bb22cc33dd44ee55ff66aa77bb88cc99dd',
  coverage: '85.5',
});

describe('POST /api/v1/pipelines/report', () => {
  it('stores the CI job’s report with its values coerced to numbers', async () => {
    const { url } = await started();
    const answer = await post(url, '/api/v1/pipelines/report', curlBody, { authorization: `Bearer ${reporterToken}` });
    expect(answer.status).toBe(200);
    const [event, ...rest] = await readWholeFeed(url, testClientToken);
    expect(rest).toEqual([]);
    expect(event?.kind).toBe('pipeline_report');
    expect(event?.payload).toEqual({
      project_id: 311,
      pipeline_id: 9133,
      status: 'failed',
      commit_sha: '77aa11bb22cc33dd44ee55ff66aa77bb88cc99dd',
      coverage: 85.5,
    });
    expect(event?.headers.authorization).toBeUndefined();
  });

  it('accepts a client token too, and stores a repeated report once', async () => {
    const { url } = await started();
    await post(url, '/api/v1/pipelines/report', curlBody, { authorization: `Bearer ${testClientToken}` });
    await post(url, '/api/v1/pipelines/report', curlBody, { authorization: `Bearer ${reporterToken}` });
    expect(await readWholeFeed(url, testClientToken)).toHaveLength(1);
  });

  it('refuses a report with a bad field with 400 naming the field, and stores nothing', async () => {
    const { url } = await started();
    const cases: [Record<string, unknown>, string][] = [
      [{ pipeline_id: 'abc' }, 'pipeline_id'],
      [{ project_id: '' }, 'project_id'],
      [{ status: 'exploded' }, 'status'],
      [{ commit_sha: 'not a sha' }, 'commit_sha'],
      [{ coverage: '140' }, 'coverage'],
    ];
    for (const [change, field] of cases) {
      const answer = await post(url, '/api/v1/pipelines/report', JSON.stringify({ ...JSON.parse(curlBody), ...change }), {
        authorization: `Bearer ${reporterToken}`,
      });
      expect(answer.status, field).toBe(400);
      expect(((await answer.json()) as { error: { message: string } }).error.message).toMatch(new RegExp(`^${field}: `));
    }
    expect((await post(url, '/api/v1/pipelines/report', '{"project_id":', { authorization: `Bearer ${reporterToken}` })).status).toBe(400);
    expect(await readWholeFeed(url, testClientToken)).toEqual([]);
  });

  it('refuses a missing or wrong bearer token with 401', async () => {
    const { url } = await started();
    expect((await post(url, '/api/v1/pipelines/report', curlBody)).status).toBe(401);
    expect((await post(url, '/api/v1/pipelines/report', curlBody, { authorization: `Bearer ${testSecret}` })).status).toBe(401);
    expect(await readWholeFeed(url, testClientToken)).toEqual([]);
  });
});

describe('POST /api/v1/pipelines/validate', () => {
  it('answers the practice checks of the posted file, counting the includes sent along, and 401 without a token', async () => {
    const { url } = await started();
    const gitlabCiYml =
      'stages: [lint, test, deploy]\ninclude:\n  - local: ci/test.yml\n  - local: ci/missing.yml\nlint:\n  stage: lint\n  script: [npx eslint .]\npages:\n  stage: deploy\n  script: [cp -r public out]\n';
    const includes = { 'ci/test.yml': 'unit:\n  stage: test\n  script:\n    - npx vitest run\n' };
    const body = JSON.stringify({ gitlab_ci_yml: gitlabCiYml, includes });
    const answer = await post(url, '/api/v1/pipelines/validate', body, { authorization: `Bearer ${reporterToken}` });
    expect(answer.status).toBe(200);
    const report = (await answer.json()) as CiPracticesReport;
    expect(report.parses).toBe(true);
    expect([report.checks.linting.passed, report.checks.testsAutomated.passed, report.checks.multiStage.passed, report.checks.securityScan.passed]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(report.checks.testsAutomated.evidence[0]).toMatchObject({ job: 'unit', file: 'ci/test.yml' });
    expect(report.unresolvedIncludes).toEqual(['ci/missing.yml']);
    const broken = await post(url, '/api/v1/pipelines/validate', JSON.stringify({ gitlab_ci_yml: 'stages: [' }), { authorization: `Bearer ${reporterToken}` });
    expect(((await broken.json()) as CiPracticesReport).parses).toBe(false);
    expect((await post(url, '/api/v1/pipelines/validate', body)).status).toBe(401);
    expect((await post(url, '/api/v1/pipelines/validate', '{}', { authorization: `Bearer ${reporterToken}` })).status).toBe(400);
  });
});

describe('POST /api/v1/webhooks/test and GET /healthz', () => {
  it('answers a connectivity check with the webhook secret or a client token, and stores nothing', async () => {
    const { url } = await started();
    const withSecret = await post(url, '/api/v1/webhooks/test', '{}', { 'x-gitlab-token': testSecret });
    const withClient = await post(url, '/api/v1/webhooks/test', '', { authorization: `Bearer ${testClientToken}` });
    const without = await post(url, '/api/v1/webhooks/test', '{}');
    expect([withSecret.status, withClient.status, without.status]).toEqual([200, 200, 401]);
    expect(await withSecret.json()).toMatchObject({ ok: true, service: 'gitpulse-relay' });
    expect(await readWholeFeed(url, testClientToken)).toEqual([]);
  });

  it('answers /healthz without a token', async () => {
    const { url } = await started();
    const answer = await fetch(`${url}/healthz`);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ ok: true });
  });

  it('answers an unknown route with 404 and a wrong method with 405', async () => {
    const { url } = await started();
    expect((await fetch(`${url}/api/v1/nothing`)).status).toBe(404);
    expect((await fetch(`${url}/api/v1/webhooks/gitlab`)).status).toBe(405);
  });
});
