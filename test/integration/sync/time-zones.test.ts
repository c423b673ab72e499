import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { DEFAULT_SIMULATOR_TOKEN } from '../../support/gitlab-simulator';
import { callOk, startSyncFixture, type SyncFixture } from '../../support/sync-fixture';

const course = generateCourse({ teams: 1, seed: 5 });
const utcWithMs = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const dayMs = 86_400_000;

/** Every stored GitLab timestamp column, by table. */
const timestampColumns: Record<string, string[]> = {
  projects: ['last_activity_at'],
  pipelines: ['created_at', 'updated_at', 'started_at', 'finished_at'],
  jobs: ['created_at', 'started_at', 'finished_at'],
  commits: ['authored_date', 'committed_date'],
  tags: ['created_at'],
  merge_requests: ['created_at', 'updated_at', 'merged_at', 'closed_at'],
  issues: ['created_at', 'updated_at', 'closed_at'],
  notes: ['created_at', 'updated_at'],
};

describe('a sync from GitLab set to a local time zone (+01:00)', () => {
  let fixture: SyncFixture;
  // A day well after the generated history, so only the pipelines added below can fall in a window on it.
  const windowDay = new Date(Date.parse(course.latestEventAt) + 3 * dayMs).toISOString().slice(0, 10);
  const dayBefore = new Date(Date.parse(windowDay) - dayMs).toISOString().slice(0, 10);
  const ids: Record<'lateDayBefore' | 'lastMinuteDayBefore' | 'midday' | 'lateOnTheDay', number> = {
    lateDayBefore: 0,
    lastMinuteDayBefore: 0,
    midday: 0,
    lateOnTheDay: 0,
  };

  beforeEach(async () => {
    fixture = await startSyncFixture(course, { timeZoneOffset: '+01:00' });
    const { sim } = fixture;
    const projectId = sim.course.teams[0]?.project.id ?? 0;
    const addAt = (iso: string) => {
      sim.clock.set(iso);
      return sim.addPipeline(projectId, { status: 'running' }).id;
    };
    // In +01:00 the first two read as the window's day ("00:10+01:00"), the last as the next day.
    ids.lateDayBefore = addAt(`${dayBefore}T23:10:00.000Z`);
    ids.lastMinuteDayBefore = addAt(`${dayBefore}T23:30:00.000Z`);
    ids.midday = addAt(`${windowDay}T12:00:00.000Z`);
    ids.lateOnTheDay = addAt(`${windowDay}T23:30:00.000Z`);
    await callOk(fixture.core, 'sync.run', {});
  });
  afterEach(() => fixture.close());

  it('is served with offsets, as such an instance answers', async () => {
    const { sim } = fixture;
    const projectId = sim.course.teams[0]?.project.id ?? 0;
    const response = await fetch(`${sim.url}/api/v4/projects/${projectId}/pipelines/${ids.lateOnTheDay}`, {
      headers: { 'PRIVATE-TOKEN': DEFAULT_SIMULATOR_TOKEN },
    });
    const body = (await response.json()) as { created_at: string };
    const nextDay = new Date(Date.parse(windowDay) + dayMs).toISOString().slice(0, 10);
    expect(body.created_at).toBe(`${nextDay}T00:30:00.000+01:00`);
  });

  it('stores every timestamp as UTC with milliseconds', () => {
    const db = new Database(join(fixture.dataDir, 'gitpulse.sqlite'), { readonly: true });
    try {
      for (const [table, columns] of Object.entries(timestampColumns)) {
        for (const column of columns) {
          const values = db.prepare(`SELECT ${column} FROM ${table} WHERE ${column} IS NOT NULL`).pluck().all() as string[];
          expect(
            values.filter((v) => !utcWithMs.test(v)),
            `${table}.${column}`,
          ).toEqual([]);
        }
      }
      const stored = db.prepare('SELECT created_at FROM pipelines WHERE gitlab_id = ?').pluck().get(ids.lateOnTheDay);
      expect(stored).toBe(`${windowDay}T23:30:00.000Z`);
      expect(db.prepare('SELECT COUNT(*) FROM pipelines').pluck().get()).toBe((course.teams[0]?.pipelines.length ?? 0) + 4);
    } finally {
      db.close();
    }
  });

  it('counts a pipeline in the course window by its instant, not by how GitLab wrote its date', async () => {
    await callOk(fixture.core, 'courses.update', { course: 'se', windowStart: windowDay, windowEnd: windowDay });
    const metrics = await callOk(fixture.core, 'metrics.course', { course: 'se' });
    // Midday and 23:30Z on the window's day count; 23:10Z and 23:30Z the day before do not, although
    // GitLab wrote them as 00:10 and 00:30 on the window's day.
    expect(metrics.teams[0]?.pipelines.total).toBe(2);
  });

  it('sees nothing changed on a second sync, so reads no pipeline jobs again', async () => {
    fixture.sim.clearRequests();
    await callOk(fixture.core, 'sync.run', {});
    expect(fixture.sim.requests.filter((r) => r.path.endsWith('/jobs'))).toEqual([]);
  });
});
