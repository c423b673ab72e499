import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncSummary } from '../../../shared/domain/sync';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { startProxiedSyncFixture, type ProxiedSyncFixture } from '../../support/proxied-sync-fixture';
import { DEFAULT_SIMULATOR_TOKEN } from '../../support/gitlab-simulator';
import { runCli } from '../../support/run-cli';
import { snapshotSimulatorCourse, snapshotStoredCourse, type CourseSnapshot } from '../../support/snapshot-course-data';
import { callOk } from '../../support/sync-fixture';
import { makeTempDir } from '../../support/temp-dir';

const course = generateCourse({ teams: 2, seed: 47 });
const broken = course.teams[1]?.project;
if (!broken) throw new Error('the generated course has no second team');

/** The stored rows of every team but the given project (rows start with the GitLab project id). */
function withoutProject(snapshot: CourseSnapshot, projectId: number): CourseSnapshot {
  const entries = Object.entries(snapshot).map(([kind, rows]) => [kind, (rows as string[]).filter((row) => !row.startsWith(`${projectId}|`))]);
  return Object.fromEntries(entries) as CourseSnapshot;
}

/** GitLab objects one team's listing sends broken, each as a real (buggy or hostile) server might. */
const cases: Array<{ what: string; listing: RegExp; endpoint: string; field: string; breakObject: (item: Record<string, unknown>) => void }> = [
  {
    what: 'a member without a name',
    listing: new RegExp(`/projects/${broken.id}/members/all\\?`),
    endpoint: `projects/${broken.id}/members/all`,
    field: 'name',
    breakObject: (member) => (member.name = null),
  },
  {
    what: 'a merge request without a title',
    listing: new RegExp(`/projects/${broken.id}/merge_requests\\?`),
    endpoint: `projects/${broken.id}/merge_requests`,
    field: 'title',
    breakObject: (mergeRequest) => (mergeRequest.title = null),
  },
  {
    // V8's Date.parse reads "yesterday 3" as 1 March 2001: only a strict ISO 8601 check refuses it.
    what: 'a pipeline with a date that is not a date',
    listing: new RegExp(`/projects/${broken.id}/pipelines\\?`),
    endpoint: `projects/${broken.id}/pipelines`,
    field: 'created_at',
    breakObject: (pipeline) => (pipeline.created_at = 'yesterday 3'),
  },
];

describe('a malformed object in one team', () => {
  let fixture: ProxiedSyncFixture;

  beforeEach(async () => {
    fixture = await startProxiedSyncFixture(course);
  });
  afterEach(() => fixture.close());

  it.each(cases)(
    '$what fails only that team, named with its project and endpoint; the others sync in full',
    async ({ listing, endpoint, field, breakObject }) => {
      fixture.proxy.rewrite(listing, (upstream) => {
        const items = JSON.parse(upstream.body.toString()) as Array<Record<string, unknown>>;
        const first = items[0];
        if (first) breakObject(first);
        return { ...upstream, body: Buffer.from(JSON.stringify(items)) };
      });
      const summary = (await callOk(fixture.core, 'sync.run', {})) as SyncSummary;

      expect(summary.failedTeams).toEqual([{ team: broken.path_with_namespace, message: expect.stringContaining(endpoint) as string }]);
      const [failure] = summary.failedTeams;
      expect(failure?.message).toContain(broken.path_with_namespace);
      expect(failure?.message).toContain(field);
      expect(failure?.message).not.toMatch(/Unexpected error/);
      expect(withoutProject(snapshotStoredCourse(fixture.dataDir), broken.id)).toEqual(snapshotSimulatorCourse(course, [broken.id]));

      // The course carries the failure until a sync gets the team through.
      const [status] = await callOk(fixture.core, 'sync.status', {});
      expect(status?.lastSyncError).toContain(broken.path_with_namespace);
    },
  );

  it('gitpulse sync exits 3 when a team was not synced, in text and --json, and keeps the other team', async () => {
    const [brokenListing] = cases;
    if (!brokenListing) throw new Error('no malformed-object case');
    fixture.proxy.rewrite(brokenListing.listing, (upstream) => {
      const items = JSON.parse(upstream.body.toString()) as Array<Record<string, unknown>>;
      if (items[0]) brokenListing.breakObject(items[0]);
      return { ...upstream, body: Buffer.from(JSON.stringify(items)) };
    });
    const temp = makeTempDir();
    try {
      const cli = (...args: string[]) => runCli(['--data-dir', temp.path, ...args], { GITLAB_TOKEN: DEFAULT_SIMULATOR_TOKEN, GITLAB_URL: fixture.proxy.url });
      expect((await cli('course', 'add', 'se', '--gitlab-url', fixture.proxy.url, '--group', course.group.full_path)).code).toBe(0);
      expect((await cli('connect', '--gitlab-url', fixture.proxy.url, '--test', '--requests-per-minute', '100000')).code).toBe(0);

      const text = await cli('sync');
      expect(text.code, text.stderr).toBe(3);
      expect(text.stdout).toMatch(/^Synced "se" in /);
      expect(text.stdout.split('\n').filter((line) => line.startsWith('Not synced'))).toEqual([expect.stringContaining(broken.path_with_namespace)]);

      const json = await cli('sync', '--json');
      expect(json.code).toBe(3);
      const summary = JSON.parse(json.stdout) as SyncSummary;
      expect(summary.failedTeams.map((failed) => failed.team)).toEqual([broken.path_with_namespace]);
      expect(summary.stored.projects).toBe(2);
    } finally {
      temp.cleanup();
    }
  });
});
