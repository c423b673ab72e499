import { createServer, type AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { openCore } from '../../../electron/core/open-core';
import { DEFAULT_SIMULATOR_TOKEN, startGitlabSimulator, type GitlabSimulator } from '../../support/gitlab-simulator';
import { readStoredPipelines, type StoredPipeline } from '../../support/read-stored-pipelines';
import { makeTempDir } from '../../support/temp-dir';

const course = generateCourse({ teams: 4 });

/** A loopback port that nothing listens on: bound, then released. */
async function findClosedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function expectedPipelines(sim: GitlabSimulator): StoredPipeline[] {
  return sim.course.teams
    .flatMap((t) => t.pipelines.map((p) => ({ projectGitlabId: t.project.id, id: p.id, status: p.status, updatedAt: p.updated_at })))
    .sort((a, b) => a.projectGitlabId - b.projectGitlabId || a.id - b.id);
}

async function call<T>(core: Core, method: string, input: unknown): Promise<T> {
  const result = await core.call(method, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

interface Summary {
  requests: number;
  fetched: { projects: number; pipelines: number };
  stored: { projects: number; pipelines: number };
  unreachable: string[];
}

describe('syncing a course from GitLab', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let sim: GitlabSimulator;
  let core: Core;

  beforeEach(async () => {
    temp = makeTempDir();
    sim = await startGitlabSimulator({ course });
    core = await openCore({ dataDir: temp.path, env: { GITLAB_TOKEN: DEFAULT_SIMULATOR_TOKEN } });
    await call(core, 'courses.add', { name: 'se', gitlabUrl: sim.url, groupPath: course.group.full_path });
  });

  afterEach(async () => {
    core.close();
    await sim.close();
    temp.cleanup();
  });

  it('stores exactly the pipelines GitLab has, row by row', async () => {
    const summary = await call<Summary>(core, 'sync.run', { course: 'se' });
    const expected = expectedPipelines(sim);
    expect(readStoredPipelines(temp.path)).toEqual(expected);
    expect(summary.stored).toEqual({ projects: 4, pipelines: expected.length });
    expect(summary.fetched.projects).toBe(4);
  });

  it('pages through long histories 100 at a time', async () => {
    await call(core, 'sync.run', {});
    const pipelineRequests = sim.requests.filter((r) => /\/pipelines$/.test(r.path));
    expect(pipelineRequests.every((r) => new URLSearchParams(r.query).get('per_page') === '100')).toBe(true);
    const largest = Math.max(...course.teams.map((t) => t.pipelines.length));
    expect(largest).toBeGreaterThan(100);
    expect(pipelineRequests.length).toBe(course.teams.reduce((n, t) => n + Math.max(1, Math.ceil(t.pipelines.length / 100)), 0));
  });

  it('asks a second, unchanged sync for one page of recently updated pipelines per project and nothing else but the project list', async () => {
    await call(core, 'sync.run', {});
    sim.clearRequests();
    const summary = await call<Summary>(core, 'sync.run', {});
    const paths = sim.requests.map((r) => r.path);
    const pipelineLists = paths.filter((p) => /\/projects\/\d+\/pipelines$/.test(p));
    expect(pipelineLists).toHaveLength(4);
    expect(new Set(pipelineLists).size).toBe(4);
    expect(paths.filter((p) => !/\/projects\/\d+\/pipelines$/.test(p)).every((p) => /\/groups\/[^/]+\/projects$/.test(p))).toBe(true);
    expect(sim.requests.filter((r) => r.path.endsWith('/pipelines')).every((r) => new URLSearchParams(r.query).has('updated_after'))).toBe(true);
    expect(summary.requests).toBe(sim.requests.length);
    expect(readStoredPipelines(temp.path)).toEqual(expectedPipelines(sim));
  });

  it('picks up new pipelines and status changes in the next sync', async () => {
    await call(core, 'sync.run', {});
    const team = sim.course.teams[1];
    if (!team) throw new Error('course has no second team');
    sim.clock.advance(60_000);
    const added = sim.addPipeline(team.project.id, { status: 'failed' });
    const running = team.pipelines.find((p) => p.status === 'running') ?? team.pipelines[0];
    if (!running) throw new Error('team has no pipelines');
    sim.updatePipelineStatus(running.id, 'success');
    await call(core, 'sync.run', {});
    const stored = readStoredPipelines(temp.path);
    expect(stored).toContainEqual(expect.objectContaining({ id: added.id, status: 'failed' }));
    expect(stored).toContainEqual(expect.objectContaining({ id: running.id, status: 'success' }));
    expect(stored).toEqual(expectedPipelines(sim));
  });

  it('computes each team’s success rate from the stored pipelines', async () => {
    await call(core, 'sync.run', {});
    const metrics = await call<{ teams: Array<{ project: string; pipelines: { successRate: number | null } }> }>(core, 'metrics.course', {});
    for (const team of sim.course.teams) {
      const count = (s: string) => team.pipelines.filter((p) => p.status === s).length;
      const finished = count('success') + count('failed') + count('canceled');
      const shown = metrics.teams.find((t) => t.project === team.project.path_with_namespace);
      expect(shown?.pipelines.successRate).toBeCloseTo(count('success') / finished);
    }
  });

  it('waits for Retry-After when GitLab answers 429, then finishes with the same data', async () => {
    sim.injectFault({ kind: '429', match: /pipelines/, times: 1, retryAfterSeconds: 2 });
    await call(core, 'sync.run', {});
    const throttledIndex = sim.requests.findIndex((r) => r.status === 429);
    const throttled = sim.requests[throttledIndex];
    if (!throttled) throw new Error('no request was throttled');
    const retry = sim.requests.slice(throttledIndex + 1).find((r) => r.path === throttled.path && r.query === throttled.query);
    expect((retry?.at ?? 0) - throttled.at).toBeGreaterThanOrEqual(1900);
    // Requests already in flight when the 429 arrived may land; nothing new is sent until Retry-After.
    const early = sim.requests.slice(throttledIndex + 1).filter((r) => r.at - throttled.at < 1900);
    expect(early.length).toBeLessThanOrEqual(3);
    expect(readStoredPipelines(temp.path)).toEqual(expectedPipelines(sim));
  });

  it('retries server errors and dropped connections and still stores everything', async () => {
    sim.injectFault({ kind: '500', match: /pipelines/, every: 3 });
    sim.injectFault({ kind: 'reset', match: /pipelines/, times: 2 });
    await call(core, 'sync.run', {});
    expect(sim.requests.some((r) => r.status === 500)).toBe(true);
    expect(readStoredPipelines(temp.path)).toEqual(expectedPipelines(sim));
  });

  it('refuses a bad token clearly and changes nothing stored', async () => {
    await call(core, 'sync.run', {});
    const before = readStoredPipelines(temp.path);
    core.close();
    core = await openCore({ dataDir: temp.path, env: { GITLAB_TOKEN: 'glpat-wrong' } });
    sim.addPipeline(course.teams[0]?.project.id ?? 0);
    const result = await core.call('sync.run', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(result.ok ? '' : result.error.message).toMatch(/token/);
    expect(result.ok ? '' : result.error.message).not.toContain('glpat-wrong');
    expect(readStoredPipelines(temp.path)).toEqual(before);
  });

  it('says when no token is configured', async () => {
    core.close();
    core = await openCore({ dataDir: temp.path, env: {} });
    expect(await core.call('sync.run', {})).toMatchObject({ ok: false, error: { code: 'unauthorized', message: expect.stringMatching(/GITLAB_TOKEN/) } });
  });

  it('marks a deleted team unreachable and syncs the others', async () => {
    await call(core, 'sync.run', {});
    const gone = sim.course.teams[2];
    if (!gone) throw new Error('course has no third team');
    const survivor = sim.course.teams[0];
    sim.clock.advance(60_000);
    const added = sim.addPipeline(survivor?.project.id ?? 0);
    sim.removeProject(gone.project.id);
    const summary = await call<Summary>(core, 'sync.run', {});
    expect(summary.unreachable).toEqual([gone.project.path_with_namespace]);
    expect(readStoredPipelines(temp.path)).toContainEqual(expect.objectContaining({ id: added.id }));
    const metrics = await call<{ teams: Array<{ project: string; isReachable: boolean; pipelines: { total: number } }> }>(core, 'metrics.course', {});
    const goneRow = metrics.teams.find((t) => t.project === gone.project.path_with_namespace);
    expect(goneRow).toMatchObject({ isReachable: false });
    expect(goneRow?.pipelines.total).toBe(gone.pipelines.length);
  });

  it('reports listed projects that GitLab does not have', async () => {
    const first = course.teams[0]?.project.path_with_namespace ?? '';
    await call(core, 'courses.add', { name: 'listed', gitlabUrl: sim.url, projectPaths: [first, 'teaching/nope/missing'] });
    const summary = await call<Summary>(core, 'sync.run', { course: 'listed' });
    expect(summary.unreachable).toEqual(['teaching/nope/missing']);
    expect(summary.stored.projects).toBe(1);
  });

  it('says clearly when GitLab cannot be reached', async () => {
    const port = await findClosedPort();
    await call(core, 'courses.add', { name: 'offline', gitlabUrl: `http://127.0.0.1:${port}`, groupPath: 'a/b' });
    const result = await core.call('sync.run', { course: 'offline' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unreachable', message: `Cannot reach GitLab at http://127.0.0.1:${port} (ECONNREFUSED).` } });
  });
});
