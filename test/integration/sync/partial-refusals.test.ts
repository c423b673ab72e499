import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncSummary } from '../../../shared/domain/sync';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { startProxiedSyncFixture, type ProxiedSyncFixture } from '../../support/proxied-sync-fixture';
import { DEFAULT_SIMULATOR_TOKEN } from '../../support/gitlab-simulator';
import { runCli } from '../../support/run-cli';
import { snapshotSimulatorCourse, snapshotStoredCourse, type CourseSnapshot } from '../../support/snapshot-course-data';
import { callOk } from '../../support/sync-fixture';
import { makeTempDir } from '../../support/temp-dir';

const course = generateCourse({ teams: 2, seed: 53 });
const [kept, hit] = course.teams.map((team) => team.project);
if (!kept || !hit) throw new Error('the generated course has fewer than two teams');

/** The stored rows of one project only (rows start with the GitLab project id). */
function onlyProject(snapshot: CourseSnapshot, projectId: number): CourseSnapshot {
  const entries = Object.entries(snapshot).map(([kind, rows]) => [kind, (rows as string[]).filter((row) => row.startsWith(`${projectId}|`))]);
  return Object.fromEntries(entries) as CourseSnapshot;
}

/** GitLab's answer when a feature is switched off for a project (issues disabled, say) or the role is too low. */
const plainForbidden = { status: 403, headers: { 'content-type': 'application/json' }, body: Buffer.from('{"message":"403 Forbidden"}') };

describe('a team GitLab partly stops showing', () => {
  let fixture: ProxiedSyncFixture;

  beforeEach(async () => {
    fixture = await startProxiedSyncFixture(course);
  });
  afterEach(() => fixture.close());

  it('a project answering 404 in the middle of its sync is marked unreachable, not taken as synced', async () => {
    fixture.sim.beforeRequest(new RegExp(`/projects/${hit.id}/merge_requests\\?`), () => fixture.sim.removeProject(hit.id));
    const summary = (await callOk(fixture.core, 'sync.run', {})) as SyncSummary;
    expect(summary.unreachable).toEqual([hit.path_with_namespace]);
    const { teams } = await callOk(fixture.core, 'metrics.course', { course: 'se' });
    expect(teams.map((team) => [team.project, team.isReachable])).toEqual(
      expect.arrayContaining([
        [hit.path_with_namespace, false],
        [kept.path_with_namespace, true],
      ]),
    );
    expect(onlyProject(snapshotStoredCourse(fixture.dataDir), kept.id)).toEqual(snapshotSimulatorCourse(course, [hit.id]));
  });

  it('a resource refused with a plain 403 is listed as skipped, with the team and the endpoint; the rest syncs', async () => {
    fixture.proxy.rewrite(new RegExp(`/projects/${hit.id}/issues\\?`), () => plainForbidden);
    const summary = (await callOk(fixture.core, 'sync.run', {})) as SyncSummary;
    expect(summary.unreachable).toEqual([]);
    expect(summary.skipped).toEqual([
      { team: hit.path_with_namespace, resource: 'issues', message: expect.stringMatching(new RegExp(`/projects/${hit.id}/issues.*403`)) as string },
    ]);
    const stored = snapshotStoredCourse(fixture.dataDir);
    const expected = snapshotSimulatorCourse(course);
    expect(stored.issues).toEqual(expected.issues.filter((row) => !row.startsWith(`${hit.id}|`)));
    expect(stored.mergeRequests).toEqual(expected.mergeRequests);
    expect(stored.pipelines).toEqual(expected.pipelines);
  });

  it('the command line lists every skipped resource, in its text and in --json', async () => {
    fixture.proxy.rewrite(new RegExp(`/projects/${hit.id}/(issues|pipelines)\\?`), () => plainForbidden);
    const temp = makeTempDir();
    try {
      const cli = (...args: string[]) => runCli(['--data-dir', temp.path, ...args], { GITLAB_TOKEN: DEFAULT_SIMULATOR_TOKEN, GITLAB_URL: fixture.proxy.url });
      expect((await cli('course', 'add', 'se', '--gitlab-url', fixture.proxy.url, '--group', course.group.full_path)).code).toBe(0);
      expect((await cli('connect', '--gitlab-url', fixture.proxy.url, '--test', '--requests-per-minute', '100000')).code).toBe(0);
      const text = await cli('sync');
      expect(text.code, text.stderr).toBe(0);
      const lines = text.stdout.split('\n').filter((line) => line.startsWith('Skipped'));
      expect(lines).toEqual([
        expect.stringMatching(new RegExp(`^Skipped issues of ${hit.path_with_namespace}: .*/projects/${hit.id}/issues.*403`)),
        expect.stringMatching(new RegExp(`^Skipped pipelines of ${hit.path_with_namespace}: .*/projects/${hit.id}/pipelines.*403`)),
      ]);
      const json = JSON.parse((await cli('sync', '--json')).stdout) as SyncSummary;
      expect(json.skipped.map((s) => [s.team, s.resource])).toEqual([
        [hit.path_with_namespace, 'issues'],
        [hit.path_with_namespace, 'pipelines'],
      ]);
    } finally {
      temp.cleanup();
    }
  });
});
