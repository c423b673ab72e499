import { createServer, type AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { openCore } from '../../../electron/core/open-core';
import { DEFAULT_SIMULATOR_TOKEN, startGitlabSimulator, type GitlabSimulator } from '../../support/gitlab-simulator';
import { readStoredPipelines, type StoredPipeline } from '../../support/read-stored-pipelines';
import { snapshotSimulatorCourse, snapshotStoredCourse } from '../../support/snapshot-course-data';
import { makeTempDir } from '../../support/temp-dir';
import { callOk } from '../../support/call-ok';

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

describe('syncing a course from GitLab', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let sim: GitlabSimulator;
  let core: Core;

  beforeEach(async () => {
    temp = makeTempDir();
    sim = await startGitlabSimulator({ course });
    core = await openCore({ dataDir: temp.path, env: { GITLAB_TOKEN: DEFAULT_SIMULATOR_TOKEN } });
    await callOk(core, 'courses.add', { name: 'se', gitlabUrl: sim.url, groupPath: course.group.full_path });
    // The simulator answers at once; a high budget keeps the tests quick without changing any logic.
    await callOk(core, 'connections.save', { gitlabUrl: sim.url, requestsPerMinute: 100_000 });
  });

  afterEach(async () => {
    core.close();
    await sim.close();
    temp.cleanup();
  });

  it('stores exactly what GitLab has, resource by resource and row by row', async () => {
    const summary = await callOk(core, 'sync.run', { course: 'se' });
    expect(snapshotStoredCourse(temp.path)).toEqual(snapshotSimulatorCourse(sim.course));
    const expected = expectedPipelines(sim);
    expect(readStoredPipelines(temp.path)).toEqual(expected);
    expect(summary.stored).toMatchObject({ projects: 4, pipelines: expected.length });
    expect(summary.stored.commits).toBe(snapshotSimulatorCourse(sim.course).commits.length);
    expect(summary.fetched.projects).toBe(4);
  });

  it('pages through long histories 100 at a time', async () => {
    await callOk(core, 'sync.run', {});
    const pipelineRequests = sim.requests.filter((r) => /\/pipelines$/.test(r.path) && !r.query.includes('source=parent_pipeline'));
    expect(pipelineRequests.every((r) => new URLSearchParams(r.query).get('per_page') === '100')).toBe(true);
    const largest = Math.max(...course.teams.map((t) => t.pipelines.length));
    expect(largest).toBeGreaterThan(100);
    expect(pipelineRequests.length).toBe(course.teams.reduce((n, t) => n + Math.max(1, Math.ceil(t.pipelines.length / 100)), 0));
  });

  it('costs a second, unchanged sync at most one request per project per resource kind, and re-reads nothing else', async () => {
    await callOk(core, 'sync.run', {});
    sim.clearRequests();
    const summary = await callOk(core, 'sync.run', {});
    const kinds = sim.requests.map(
      (r) =>
        r.path
          .replace(/\/api\/v4\/projects\/\d+\//, 'project/')
          .replace(/\/api\/v4\/groups\/[^/]+\//, 'group/')
          .replace(/^\/api\/v4\//, '') + (new URLSearchParams(r.query).get('source') === 'parent_pipeline' ? '?source=parent_pipeline' : ''),
    );
    const perKind = new Map<string, number>();
    for (const kind of kinds) perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
    expect(Object.fromEntries(perKind)).toEqual({
      'group/projects': 1,
      'group/members/all': 1,
      'project/members/all': 4,
      'project/repository/branches': 4,
      'project/repository/tags': 4,
      'project/merge_requests': 4,
      'project/issues': 4,
      'project/pipelines': 4,
      'project/pipelines?source=parent_pipeline': 4,
      version: 1,
    });
    // The child-pipeline listing of a project that never had one has seen nothing to start from yet.
    const listings = sim.requests.filter((r) => /merge_requests$|issues$|pipelines$/.test(r.path) && !r.query.includes('source=parent_pipeline'));
    expect(listings.every((r) => new URLSearchParams(r.query).has('updated_after'))).toBe(true);
    expect(summary.requests).toBe(sim.requests.length);
    expect(snapshotStoredCourse(temp.path)).toEqual(snapshotSimulatorCourse(sim.course));
  });

  it('picks up new pipelines and status changes in the next sync', async () => {
    await callOk(core, 'sync.run', {});
    const team = sim.course.teams[1];
    if (!team) throw new Error('course has no second team');
    sim.clock.advance(60_000);
    const added = sim.addPipeline(team.project.id, { status: 'failed' });
    const running = team.pipelines.find((p) => p.status === 'running') ?? team.pipelines[0];
    if (!running) throw new Error('team has no pipelines');
    sim.updatePipelineStatus(running.id, 'success');
    await callOk(core, 'sync.run', {});
    const stored = readStoredPipelines(temp.path);
    expect(stored).toContainEqual(expect.objectContaining({ id: added.id, status: 'failed' }));
    expect(stored).toContainEqual(expect.objectContaining({ id: running.id, status: 'success' }));
    expect(stored).toEqual(expectedPipelines(sim));
  });

  it('computes each team’s success rate from the stored pipelines', async () => {
    await callOk(core, 'sync.run', {});
    const metrics = await callOk(core, 'metrics.course', {});
    for (const team of sim.course.teams) {
      const count = (s: string) => team.pipelines.filter((p) => p.status === s).length;
      const finished = count('success') + count('failed') + count('canceled');
      const shown = metrics.teams.find((t) => t.project === team.project.path_with_namespace);
      expect(shown?.pipelines.successRate).toBeCloseTo(count('success') / finished);
    }
  });

  it('waits for Retry-After when GitLab answers 429, then finishes with the same data', async () => {
    sim.injectFault({ kind: '429', match: /pipelines/, times: 1, retryAfterSeconds: 2 });
    await callOk(core, 'sync.run', {});
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
    sim.injectFault({ kind: '500', match: /\/pipelines\?/, every: 3 });
    sim.injectFault({ kind: 'reset', match: /\/merge_requests\?/, times: 2 });
    await callOk(core, 'sync.run', {});
    expect(sim.requests.some((r) => r.status === 500)).toBe(true);
    expect(snapshotStoredCourse(temp.path)).toEqual(snapshotSimulatorCourse(sim.course));
  });

  it('refuses a bad token clearly and changes nothing stored', async () => {
    await callOk(core, 'sync.run', {});
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
    const result = await core.call('sync.run', {});
    // Where the keychain works the answer is "no token"; where it cannot be used, that is said instead.
    expect(result).toMatchObject({
      ok: false,
      error: { code: expect.stringMatching(/^(unauthorized|keychain_unavailable)$/), message: expect.stringMatching(/GITLAB_TOKEN/) },
    });
  });

  it('marks a deleted team unreachable and syncs the others', async () => {
    await callOk(core, 'sync.run', {});
    const gone = sim.course.teams[2];
    if (!gone) throw new Error('course has no third team');
    const survivor = sim.course.teams[0];
    sim.clock.advance(60_000);
    const added = sim.addPipeline(survivor?.project.id ?? 0);
    sim.removeProject(gone.project.id);
    const summary = await callOk(core, 'sync.run', {});
    expect(summary.unreachable).toEqual([gone.project.path_with_namespace]);
    expect(readStoredPipelines(temp.path)).toContainEqual(expect.objectContaining({ id: added.id }));
    const metrics = await callOk(core, 'metrics.course', {});
    const goneRow = metrics.teams.find((t) => t.project === gone.project.path_with_namespace);
    expect(goneRow).toMatchObject({ isReachable: false });
    expect(goneRow?.pipelines.total).toBe(gone.pipelines.length);
  });

  it('reports listed projects that GitLab does not have', async () => {
    const first = course.teams[0]?.project.path_with_namespace ?? '';
    await callOk(core, 'courses.add', { name: 'listed', gitlabUrl: sim.url, projectPaths: [first, 'teaching/nope/missing'] });
    const summary = await callOk(core, 'sync.run', { course: 'listed' });
    expect(summary.unreachable).toEqual(['teaching/nope/missing']);
    expect(summary.stored.projects).toBe(1);
  });

  it('says clearly when GitLab cannot be reached', async () => {
    const port = await findClosedPort();
    await callOk(core, 'courses.add', { name: 'offline', gitlabUrl: `http://127.0.0.1:${port}`, groupPath: 'a/b' });
    const result = await core.call('sync.run', { course: 'offline' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unreachable', message: `Cannot reach GitLab at http://127.0.0.1:${port} (ECONNREFUSED).` } });
  });
});
