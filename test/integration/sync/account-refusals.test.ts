import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import type { AccountRefusal } from '../../support/gitlab-simulator';
import { snapshotStoredCourse } from '../../support/snapshot-course-data';
import { callOk, startSyncFixture, type SyncFixture } from '../../support/sync-fixture';

const course = generateCourse({ teams: 3, seed: 21 });

function countUnreachableTeams(dataDir: string): number {
  const db = new Database(join(dataDir, 'gitpulse.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT COUNT(*) FROM course_teams WHERE is_reachable = 0').pluck().get() as number;
  } finally {
    db.close();
  }
}

describe('a sync whose token’s account GitLab refuses mid-sync', () => {
  let fixture: SyncFixture;
  const userId = course.staffMembers[0]?.id ?? 1;

  beforeAll(async () => {
    fixture = await startSyncFixture(course);
    await callOk(fixture.core, 'sync.run', {});
  });
  afterAll(() => fixture.close());

  const cases: Array<{ refusal: AccountRefusal; said: RegExp }> = [
    { refusal: 'terms', said: /must accept the Terms of Service/ },
    { refusal: 'deactivated', said: /Your account has been deactivated/ },
    { refusal: 'blocked', said: /Your account has been blocked\./ },
  ];

  for (const c of cases) {
    it(`stops with GitLab’s reason (${c.refusal}), marks the connection and no team unreachable`, async () => {
      fixture.sim.clock.advance(3_600_000);
      for (const team of course.teams) fixture.sim.addPipeline(team.project.id, { status: 'success' });
      const before = snapshotStoredCourse(fixture.dataDir);
      // Past the group listing, inside the teams' resources.
      fixture.sim.refuseAccount(userId, c.refusal, { afterRequests: 6 });
      const result = await fixture.core.call('sync.run', {});
      expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(c.said) } });
      expect(countUnreachableTeams(fixture.dataDir)).toBe(0);
      const connection = (await callOk(fixture.core, 'connections.list', {})).find((x) => x.gitlabUrl === fixture.sim.url);
      expect(connection?.status).toBe('forbidden');
      expect(connection?.statusMessage).toMatch(c.said);
      const status = await callOk(fixture.core, 'sync.status', {});
      expect(status[0]?.lastSyncError).toMatch(c.said);
      // What was committed before the refusal stays; nothing stored is removed.
      const after = snapshotStoredCourse(fixture.dataDir);
      for (const [kind, rows] of Object.entries(before)) expect(after[kind as keyof typeof after]).toEqual(expect.arrayContaining(rows));
      fixture.sim.refuseAccount(userId, null);
      await callOk(fixture.core, 'sync.run', {});
    });
  }
});
