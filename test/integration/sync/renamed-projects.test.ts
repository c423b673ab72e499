import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { openCore } from '../../../electron/core/open-core';
import { snapshotSimulatorCourse, snapshotStoredCourse } from '../../support/snapshot-course-data';
import { callOk, startSyncFixture, type SyncFixture } from '../../support/sync-fixture';
import { makeTempDir } from '../../support/temp-dir';

const course = generateCourse({ teams: 3, seed: 37 });
const paths = course.teams.map((t) => t.project.path_with_namespace);
const renamedPath = (old: string) => `${old.split('/').slice(0, -1).join('/')}/renamed-team`;

describe('renamed and moved projects and groups', () => {
  let fixture: SyncFixture;

  beforeEach(async () => {
    fixture = await startSyncFixture(course);
  });
  afterEach(() => fixture.close());

  it('follows GitLab’s 301 from a project’s old path to its id, and records the new path', async () => {
    const { sim } = fixture;
    const team = course.teams[0];
    if (!team) throw new Error('no team');
    sim.renameProject(team.project.id, renamedPath(team.project.path_with_namespace));
    await callOk(fixture.core, 'courses.add', { name: 'by-paths', gitlabUrl: sim.url, projectPaths: paths });
    const summary = await callOk(fixture.core, 'sync.run', { course: 'by-paths' });
    expect(summary.unreachable).toEqual([]);
    const moved = sim.requests.filter((r) => r.status === 301);
    expect(moved.map((r) => decodeURIComponent(r.path))).toEqual([`/api/v4/projects/${team.project.path_with_namespace}`]);
    expect(sim.requests.some((r) => r.path === `/api/v4/projects/${team.project.id}`)).toBe(true);
    const metrics = await callOk(fixture.core, 'metrics.course', { course: 'by-paths' });
    expect(metrics.teams.map((t) => t.project)).toContain(renamedPath(team.project.path_with_namespace));
    expect(metrics.teams.every((t) => t.isReachable)).toBe(true);
  });

  it('addresses every project by its numeric id after the first sync, so a later rename changes nothing', async () => {
    const { sim } = fixture;
    await callOk(fixture.core, 'courses.add', { name: 'by-paths', gitlabUrl: sim.url, projectPaths: paths });
    await callOk(fixture.core, 'sync.run', { course: 'by-paths' });
    const team = course.teams[1];
    if (!team) throw new Error('no team');
    sim.renameProject(team.project.id, renamedPath(team.project.path_with_namespace));
    sim.clearRequests();
    const summary = await callOk(fixture.core, 'sync.run', { course: 'by-paths' });
    expect(summary.unreachable).toEqual([]);
    const projectRequests = sim.requests.filter((r) => /^\/api\/v4\/projects\/[^/]+$/.test(r.path)).map((r) => r.path);
    expect(projectRequests.sort()).toEqual(course.teams.map((t) => `/api/v4/projects/${t.project.id}`).sort());
    expect(sim.requests.every((r) => !r.path.includes('%2F'))).toBe(true);
    const metrics = await callOk(fixture.core, 'metrics.course', { course: 'by-paths' });
    expect(metrics.teams.map((t) => t.project)).toContain(renamedPath(team.project.path_with_namespace));
  });

  it('says a renamed course group was not found and may have been renamed or moved, and keeps the stored data', async () => {
    const { sim } = fixture;
    await callOk(fixture.core, 'sync.run', {});
    const before = snapshotStoredCourse(fixture.dataDir);
    sim.renameGroup(course.group.full_path, 'se-2026-archive');
    const result = await fixture.core.call('sync.run', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/group "teaching\/se-2026".*renamed or moved/) } });
    expect(snapshotStoredCourse(fixture.dataDir)).toEqual(before);
    const metrics = await callOk(fixture.core, 'metrics.course', {});
    expect(metrics.teams.every((t) => t.isReachable)).toBe(true);
    expect(before).toEqual(snapshotSimulatorCourse(sim.course));
  });
});

describe('a 301 that leaves the instance', () => {
  const token = 'glpat-token-that-must-stay-home-0301';
  const temp = makeTempDir();
  const seenElsewhere: IncomingHttpHeaders[] = [];
  let elsewhere: Server;
  let gitlab: Server;
  let core: Core;

  async function listen(server: Server): Promise<string> {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  beforeAll(async () => {
    elsewhere = createServer((req, res) => {
      seenElsewhere.push(req.headers);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    const elsewhereUrl = await listen(elsewhere);
    // Shaped like GitLab's renamed-project redirect, but to another origin (another port is enough).
    gitlab = createServer((_req, res) => res.writeHead(301, { location: `${elsewhereUrl}/api/v4/projects/5` }).end());
    const gitlabUrl = await listen(gitlab);
    core = await openCore({ dataDir: temp.path, env: { GITLAB_TOKEN: token } });
    await callOk(core, 'courses.add', { name: 'se', gitlabUrl, projectPaths: ['teaching/old-name'] });
  });
  afterAll(async () => {
    core.close();
    await new Promise((resolve) => elsewhere.close(resolve));
    await new Promise((resolve) => gitlab.close(resolve));
    temp.cleanup();
  });

  it('is refused, and the token is not sent there', async () => {
    const result = await core.call('sync.run', {});
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/redirected to http:\/\/127\.0\.0\.1:\d+/) } });
    expect(seenElsewhere).toEqual([]);
    expect(JSON.stringify(result)).not.toContain(token);
  });
});
