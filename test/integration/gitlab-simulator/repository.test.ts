import { describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import type { RestBranch, RestCommit, RestCommitDetail, RestTag } from '../../../electron/core/demo/rest-types';
import { fetchSimulator, readNextLink } from '../../support/gitlab-simulator/fetch-simulator';
import { useSimulator } from '../../support/gitlab-simulator/use-simulator';

const course = generateCourse();
const team = course.teams[0];
const projectId = team?.project.id ?? 0;
const getSim = useSimulator(course);

async function listCommits(query: string): Promise<RestCommit[]> {
  const commits: RestCommit[] = [];
  let next: string | null = `${getSim().url}/api/v4/projects/${projectId}/repository/commits?per_page=100&${query}`;
  while (next) {
    const response = await fetchSimulator(getSim().url, next);
    expect(response.status).toBe(200);
    commits.push(...(response.body as RestCommit[]));
    next = readNextLink(response.headers);
  }
  return commits;
}

function collectReachable(head: string): Set<string> {
  const byId = new Map(team?.commits.map((commit) => [commit.id, commit]));
  const seen = new Set<string>();
  const stack = [head];
  while (stack.length > 0) {
    const sha = stack.pop() ?? '';
    if (seen.has(sha)) continue;
    seen.add(sha);
    stack.push(...(byId.get(sha)?.parent_ids ?? []));
  }
  return seen;
}

describe('GitLab simulator repository', () => {
  it('lists the commits reachable from the default branch, newest first, without stats', async () => {
    const main = team?.branches.find((branch) => branch.name === 'main');
    const commits = await listCommits('');
    expect(new Set(commits.map((commit) => commit.id))).toEqual(collectReachable(main?.commit.id ?? ''));
    expect(commits[0]?.id).toBe(main?.commit.id);
    for (let index = 1; index < commits.length; index += 1) {
      expect(Date.parse(commits[index]?.committed_date ?? '')).toBeLessThanOrEqual(Date.parse(commits[index - 1]?.committed_date ?? ''));
    }
    expect(commits.some((commit) => 'stats' in commit)).toBe(false);
  });

  it('lists the commits of a feature branch and adds stats on request', async () => {
    const feature = team?.branches.find((branch) => !branch.default && !branch.merged);
    const commits = await listCommits(`ref_name=${encodeURIComponent(feature?.name ?? '')}&with_stats=true`);
    expect(new Set(commits.map((commit) => commit.id))).toEqual(collectReachable(feature?.commit.id ?? ''));
    expect(commits.every((commit) => commit.stats !== undefined)).toBe(true);
  });

  it('lists every commit of every branch with all=true', async () => {
    const commits = await listCommits('all=true');
    const expected = new Set<string>();
    for (const branch of team?.branches ?? []) for (const sha of collectReachable(branch.commit.id)) expected.add(sha);
    expect(new Set(commits.map((commit) => commit.id))).toEqual(expected);
  });

  it('filters commits by since and until on the committed date', async () => {
    const all = await listCommits('');
    const middle = all[Math.floor(all.length / 2)];
    const since = new Date(Date.parse(middle?.committed_date ?? '')).toISOString();
    const newer = await listCommits(`since=${since}`);
    expect(newer.length).toBe(all.filter((commit) => Date.parse(commit.committed_date) >= Date.parse(since)).length);
    const older = await listCommits(`until=${since}`);
    expect(older.length + newer.length).toBeGreaterThanOrEqual(all.length);
  });

  it('returns one commit with stats and its last pipeline', async () => {
    const pipeline = team?.pipelines.find((item) => item.ref === 'main');
    const response = await fetchSimulator(getSim().url, `/projects/${projectId}/repository/commits/${pipeline?.sha}`);
    const commit = response.body as RestCommitDetail;
    expect(commit.id).toBe(pipeline?.sha);
    expect(commit.stats.total).toBeGreaterThan(0);
    expect(commit.last_pipeline?.sha).toBe(pipeline?.sha);
    expect((await fetchSimulator(getSim().url, `/projects/${projectId}/repository/commits/${'f'.repeat(40)}`)).body).toEqual({
      message: '404 Commit Not Found',
    });
  });

  it('lists branches and tags', async () => {
    const branches = (await fetchSimulator(getSim().url, `/projects/${projectId}/repository/branches?per_page=100`)).body as RestBranch[];
    expect(branches.map((branch) => branch.name).sort()).toEqual(team?.branches.map((branch) => branch.name).sort());
    expect(branches.find((branch) => branch.default)?.name).toBe('main');
    const tags = (await fetchSimulator(getSim().url, `/projects/${projectId}/repository/tags?order_by=name&sort=asc`)).body as RestTag[];
    expect(tags.map((tag) => tag.name)).toEqual(team?.tags.map((tag) => tag.name).sort());
  });

  it('serves .gitlab-ci.yml as raw text and 404 File Not Found otherwise', async () => {
    const raw = await fetchSimulator(getSim().url, `/projects/${projectId}/repository/files/.gitlab-ci.yml/raw?ref=main`);
    expect(raw.status).toBe(200);
    expect(raw.body).toBe(team?.ciConfig);
    expect(raw.headers.get('content-type')).toContain('text/plain');
    const noCi = course.teams.find((item) => item.ciConfig === null);
    const missing = await fetchSimulator(getSim().url, `/projects/${noCi?.project.id}/repository/files/.gitlab-ci.yml/raw`);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ message: '404 File Not Found' });
    const other = await fetchSimulator(getSim().url, `/projects/${projectId}/repository/files/${encodeURIComponent('src/app.ts')}/raw`);
    expect(other.status).toBe(404);
  });
});

describe('GitLab simulator repository mutations', () => {
  it('shows pushed commits with old authored dates on the branch', async () => {
    const pushed = getSim().pushCommits(projectId, 'main', 3, { authoredDate: '2026-02-20T10:00:00.000+01:00' });
    const commits = await listCommits('ref_name=main');
    expect(commits.slice(0, 3).map((commit) => commit.id)).toEqual(pushed.map((commit) => commit.id).reverse());
    expect(commits[0]?.authored_date).toBe('2026-02-20T10:00:00.000+01:00');
    expect(commits[0]?.parent_ids).toEqual([pushed[1]?.id]);
    const recent = await listCommits(`since=${pushed[0]?.committed_date}`);
    expect(recent.map((commit) => commit.id)).toEqual(pushed.map((commit) => commit.id).reverse());
  });

  it('creates a new branch from main when pushing to an unknown branch', async () => {
    const pushed = getSim().pushCommits(projectId, 'feature/new-work', 2);
    const branch = (await fetchSimulator(getSim().url, `/projects/${projectId}/repository/branches/${encodeURIComponent('feature/new-work')}`))
      .body as RestBranch;
    expect(branch.commit.id).toBe(pushed[1]?.id);
  });

  it('rewrites a branch on force-push and forgets the dropped commits', async () => {
    getSim().pushCommits(projectId, 'feature/rewrite', 4);
    const result = getSim().forcePush(projectId, 'feature/rewrite', 1, { newCommits: 2 });
    expect(result.removed).toHaveLength(3);
    expect(result.added).toHaveLength(2);
    const commits = await listCommits('ref_name=feature%2Frewrite');
    const ids = new Set(commits.map((commit) => commit.id));
    for (const sha of result.removed) expect(ids.has(sha)).toBe(false);
    for (const commit of result.added) expect(ids.has(commit.id)).toBe(true);
  });

  it('forgets a deleted branch', async () => {
    getSim().pushCommits(projectId, 'feature/short-lived', 1);
    getSim().deleteBranch(projectId, 'feature/short-lived');
    const branches = (await fetchSimulator(getSim().url, `/projects/${projectId}/repository/branches?search=short-lived`)).body as RestBranch[];
    expect(branches).toEqual([]);
    expect(await listCommits('ref_name=feature%2Fshort-lived')).toEqual([]);
  });
});
