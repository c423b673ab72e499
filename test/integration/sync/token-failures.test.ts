import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { DEFAULT_SIMULATOR_TOKEN } from '../../support/gitlab-simulator';
import { createSimulatedTokens } from '../../support/simulated-tokens';
import { snapshotStoredCourse } from '../../support/snapshot-course-data';
import { callOk, startSyncFixture, type SyncFixture } from '../../support/sync-fixture';

const course = generateCourse({ teams: 2, seed: 3 });
const tokens = createSimulatedTokens(course);

describe('a sync whose token GitLab refuses', () => {
  let fixture: SyncFixture;
  let before: ReturnType<typeof snapshotStoredCourse>;

  beforeAll(async () => {
    const table = {
      ...tokens.table,
      [DEFAULT_SIMULATOR_TOKEN]: { scopes: ['read_api'], expiresAt: null, state: 'active' as const, userId: course.staffMembers[0]?.id ?? 1, name: 'ok' },
    };
    fixture = await startSyncFixture(course, { tokens: table });
    await callOk(fixture.core, 'sync.run', {});
    fixture.sim.clock.advance(3_600_000);
    fixture.sim.addPipeline(course.teams[0]?.project.id ?? 0);
    before = snapshotStoredCourse(fixture.dataDir);
  });
  afterAll(() => fixture.close());

  const cases = [
    { kind: 'expired', code: 'unauthorized', message: /rejected the token \(expired\)/, status: 'unauthorized' },
    { kind: 'revoked', code: 'unauthorized', message: /rejected the token \(revoked\)/, status: 'unauthorized' },
    { kind: 'userOnly', code: 'forbidden', message: /lacks the read_api scope/, status: 'forbidden' },
  ] as const;

  for (const c of cases) {
    it(`says clearly what is wrong with a ${c.kind} token, marks the connection, and changes no stored data`, async () => {
      const core = await fixture.reopen(tokens.values[c.kind]);
      const result = await core.call('sync.run', {});
      expect(result).toMatchObject({ ok: false, error: { code: c.code, message: expect.stringMatching(c.message) } });
      expect(JSON.stringify(result)).not.toContain(tokens.values[c.kind]);
      expect(snapshotStoredCourse(fixture.dataDir)).toEqual(before);
      const connections = await callOk(core, 'connections.list', {});
      expect(connections.find((x) => x.gitlabUrl === fixture.sim.url)?.status).toBe(c.status);
      const status = await callOk(core, 'sync.status', {});
      expect(status[0]?.lastSyncError).toMatch(c.message);
    });
  }

  it('clears the error once a good token syncs again', async () => {
    const core = await fixture.reopen(DEFAULT_SIMULATOR_TOKEN);
    await callOk(core, 'sync.run', {});
    const status = await callOk(core, 'sync.status', {});
    expect(status[0]?.lastSyncError).toBeNull();
  });
});
