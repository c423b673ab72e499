import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { callOk, startSyncFixture, type SyncFixture } from '../../support/sync-fixture';

const course = generateCourse({ teams: 4, seed: 31 });
const limit = 4;

function readStoredEmails(dataDir: string): Map<number, string | null> {
  const db = new Database(join(dataDir, 'gitpulse.sqlite'), { readonly: true });
  try {
    const rows = db.prepare('SELECT user_id, public_email FROM members').all() as Array<{ user_id: number; public_email: string | null }>;
    return new Map(rows.map((r) => [r.user_id, r.public_email]));
  } finally {
    db.close();
  }
}

describe('GET /users/:id rate-limited by GitLab’s application limiter (users_get_by_id)', () => {
  let fixture: SyncFixture;
  const people = course.users.filter((u) => !u.bot);

  beforeAll(async () => {
    fixture = await startSyncFixture(course, { usersRateLimit: { limit, intervalMs: 600_000 } });
  });
  afterAll(() => fixture.close());

  it('completes the first sync of a course with more members than the limit, reporting the deferred lookups', async () => {
    expect(people.length).toBeGreaterThan(limit * 2);
    const started = Date.now();
    const summary = await callOk(fixture.core, 'sync.run', {});
    // No waiting for the window: the lookups are deferred at once.
    expect(Date.now() - started).toBeLessThan(30_000);
    const lookups = fixture.sim.requests.filter((r) => /^\/api\/v4\/users\/\d+$/.test(r.path));
    // A refused lookup tells the sync the endpoint is closed for now; it asks no more (only lookups
    // already in flight, at most one per team syncing side by side, meet a 429 too).
    const refused = lookups.filter((r) => r.status === 429).length;
    expect(refused).toBeGreaterThanOrEqual(1);
    expect(refused).toBeLessThanOrEqual(4);
    expect(lookups).toHaveLength(limit + refused);
    const stored = readStoredEmails(fixture.dataDir);
    expect(stored.size).toBe(people.length);
    expect(summary.deferredLookups).toBe(people.length - limit);
    expect(summary.stored.members).toBeGreaterThan(0);
  });

  it('fills the deferred lookups in on later syncs, once the window has passed', async () => {
    let deferred = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 10 && deferred > 0; round += 1) {
      fixture.sim.clock.advance(600_000);
      const summary = await callOk(fixture.core, 'sync.run', {});
      expect(summary.deferredLookups).toBeLessThan(deferred);
      deferred = summary.deferredLookups;
    }
    expect(deferred).toBe(0);
    const stored = readStoredEmails(fixture.dataDir);
    for (const user of people) expect(stored.get(user.id), user.username).toBe(user.public_email || null);
  });
});
