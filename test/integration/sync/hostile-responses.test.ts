import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { startProxiedSyncFixture, type ProxiedSyncFixture } from '../../support/proxied-sync-fixture';
import { snapshotSimulatorCourse, snapshotStoredCourse } from '../../support/snapshot-course-data';
import { callOk } from '../../support/sync-fixture';

const course = generateCourse({ teams: 2, seed: 31 });

describe('a sync against a GitLab that answers badly', () => {
  let fixture: ProxiedSyncFixture;

  beforeEach(async () => {
    fixture = await startProxiedSyncFixture(course);
  });
  afterEach(() => fixture.close());

  it('stops on an empty page even when the server keeps announcing a next one', async () => {
    const listing = /\/groups\/[^/]+\/projects\?/;
    fixture.proxy.rewrite(listing, (upstream, target) => {
      const page = Number(new URL(target, 'http://x').searchParams.get('page') ?? '1');
      const headers = { ...upstream.headers, 'x-next-page': String(page + 1), 'x-total-pages': '' };
      return page === 1 ? { ...upstream, headers } : { ...upstream, headers, body: Buffer.from('[]') };
    });
    await callOk(fixture.core, 'sync.run', {});
    expect(fixture.proxy.requests.filter((path) => listing.test(path)).length).toBe(2);
    expect(snapshotStoredCourse(fixture.dataDir)).toEqual(snapshotSimulatorCourse(fixture.sim.course));
  }, 20_000);

  it('follows Link headers with relative URLs', async () => {
    fixture.proxy.rewrite(/./, (upstream) => {
      const headers = { ...upstream.headers };
      delete headers['x-next-page'];
      if (headers.link) headers.link = headers.link.replace(/<https?:\/\/[^/>]+/g, '<');
      return { ...upstream, headers };
    });
    await callOk(fixture.core, 'sync.run', {});
    expect(fixture.proxy.requests.some((path) => /[?&]page=2\b/.test(path))).toBe(true);
    expect(snapshotStoredCourse(fixture.dataDir)).toEqual(snapshotSimulatorCourse(fixture.sim.course));
  });

  it('keeps each test report in its own team when the summary carries forged id keys', async () => {
    const victim = course.teams[1]?.project.id;
    fixture.proxy.rewrite(/\/test_report_summary/, (upstream) => {
      const summary = JSON.parse(upstream.body.toString()) as Record<string, unknown>;
      const forged = { ...summary, projectId: 1, project_id: victim, pipelineId: 7, pipeline_id: 7, id: 7, gitlabId: 7 };
      return { ...upstream, body: Buffer.from(JSON.stringify(forged)) };
    });
    await callOk(fixture.core, 'sync.run', {});
    const db = new Database(join(fixture.dataDir, 'gitpulse.sqlite'), { readonly: true });
    try {
      const reports = db.prepare('SELECT project_id, pipeline_id FROM test_reports').all() as { project_id: number; pipeline_id: number }[];
      const pipelines = db.prepare('SELECT project_id, gitlab_id FROM pipelines').all() as { project_id: number; gitlab_id: number }[];
      const known = new Set(pipelines.map((p) => `${p.project_id}/${p.gitlab_id}`));
      expect(reports.length).toBeGreaterThan(1);
      expect(reports.filter((r) => !known.has(`${r.project_id}/${r.pipeline_id}`))).toEqual([]);
      expect(reports.some((r) => r.pipeline_id === 7)).toBe(false);
    } finally {
      db.close();
    }
  });
});
