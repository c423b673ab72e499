import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncSummary } from '../../../shared/domain/sync';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import type { ProxiedResponse } from '../../support/fault-proxy';
import { startProxiedSyncFixture, type ProxiedSyncFixture } from '../../support/proxied-sync-fixture';
import { snapshotSimulatorCourse, snapshotStoredCourse } from '../../support/snapshot-course-data';
import { callOk } from '../../support/sync-fixture';

const course = generateCourse({ teams: 2, seed: 59 });
const hit = course.teams[1]?.project;
if (!hit) throw new Error('the generated course has no second team');
const mb = 1024 * 1024;
const ciFile = new RegExp(`/projects/${hit.id}/repository/files/\\.gitlab-ci\\.yml/raw`);
const anyFile = new RegExp(`/projects/${hit.id}/repository/files/`);

const text = (body: string | Buffer): ProxiedResponse => ({
  status: 200,
  headers: { 'content-type': 'text/plain; charset=utf-8' },
  body: Buffer.isBuffer(body) ? body : Buffer.from(body),
});

/** A JSON list of `bytes` bytes: one object with a long description, as no GitLab page would be. */
function hugeJsonList(bytes: number): Buffer {
  return Buffer.from(`[{"id":1,"description":"${'x'.repeat(bytes)}"}]`);
}

describe('responses too large to read', () => {
  let fixture: ProxiedSyncFixture;
  const requestsTo = (pattern: RegExp) => fixture.proxy.requests.filter((path) => pattern.test(path));

  /** The local includes stored with the team's CI file, in the order read. */
  function readStoredIncludes(): Array<{ path: string; content: string | null }> {
    const db = new Database(join(fixture.dataDir, 'gitpulse.sqlite'), { readonly: true });
    try {
      const row = db.prepare('SELECT c.includes FROM ci_configs c JOIN projects p ON p.id = c.project_id WHERE p.gitlab_id = ?').get(hit?.id) as
        { includes: string } | undefined;
      return row ? (JSON.parse(row.includes) as Array<{ path: string; content: string | null }>) : [];
    } finally {
      db.close();
    }
  }

  beforeEach(async () => {
    fixture = await startProxiedSyncFixture(course);
  });
  afterEach(() => fixture.close());

  it('a 50 MB .gitlab-ci.yml is refused by its Content-Length, once, and named as skipped; everything else syncs', async () => {
    fixture.proxy.rewrite(ciFile, () => text(Buffer.alloc(50 * mb, '#')));
    const summary = (await callOk(fixture.core, 'sync.run', {})) as SyncSummary;
    expect(summary.skipped).toEqual([
      {
        team: hit.path_with_namespace,
        resource: 'ciConfig',
        message: expect.stringMatching(new RegExp(`more than 1 MB for /projects/${hit.id}/repository/files/\\.gitlab-ci\\.yml/raw`)) as string,
      },
    ]);
    expect(summary.failedTeams).toEqual([]);
    expect(requestsTo(ciFile)).toHaveLength(1);
    // Refused by its header: the audit log records the request with nothing read.
    const audit = await callOk(fixture.core, 'audit.list', { limit: 1000 });
    expect(audit.filter((entry) => ciFile.test(entry.path)).map((entry) => [entry.status, entry.bytes])).toEqual([[200, 0]]);
    const stored = snapshotStoredCourse(fixture.dataDir);
    const expected = snapshotSimulatorCourse(course);
    expect(stored.ciConfigs).toEqual(expected.ciConfigs.filter((row) => !row.startsWith(`${hit.id}|`)));
    expect(stored.pipelines).toEqual(expected.pipelines);
  });

  it('a 50 MB page sent chunked, with no Content-Length, is cut off while streaming and skipped, not retried', async () => {
    const listing = new RegExp(`/projects/${hit.id}/merge_requests\\?`);
    fixture.proxy.rewrite(listing, (upstream) => ({ ...upstream, body: hugeJsonList(50 * mb), isChunked: true }));
    const summary = (await callOk(fixture.core, 'sync.run', {})) as SyncSummary;
    expect(summary.skipped).toEqual([
      {
        team: hit.path_with_namespace,
        resource: 'mergeRequests',
        message: expect.stringMatching(/more than 8 MB for \/projects\/\d+\/merge_requests/) as string,
      },
    ]);
    expect(requestsTo(listing)).toHaveLength(1);
    const stored = snapshotStoredCourse(fixture.dataDir);
    expect(stored.issues).toEqual(snapshotSimulatorCourse(course).issues);
  });

  it('a Content-Length that understates the body (a gzip bomb: 50 MB from a few kB on the wire) is cut off too', async () => {
    const listing = new RegExp(`/projects/${hit.id}/pipelines\\?`);
    const bomb = gzipSync(hugeJsonList(50 * mb));
    expect(bomb.length).toBeLessThan(mb);
    fixture.proxy.rewrite(listing, (upstream) => ({ ...upstream, headers: { ...upstream.headers, 'content-encoding': 'gzip' }, body: bomb }));
    const summary = (await callOk(fixture.core, 'sync.run', {})) as SyncSummary;
    expect(summary.skipped).toEqual([
      { team: hit.path_with_namespace, resource: 'pipelines', message: expect.stringMatching(/more than 8 MB for \/projects\/\d+\/pipelines/) as string },
    ]);
    expect(requestsTo(listing)).toHaveLength(1);
  });

  it('a CI file with 3,000 local includes costs GitLab’s 150 requests, not 3,000, and says the rest was left out', async () => {
    const includes = Array.from({ length: 3000 }, (_, i) => `  - local: ci/job-${i}.yml`).join('\n');
    fixture.proxy.rewrite(anyFile, (_upstream, target) => {
      if (ciFile.test(target)) return text(`include:\n${includes}\n`);
      const name = /ci%2Fjob-(\d+)\.yml/.exec(target)?.[1] ?? 'x';
      return text(`job_${name}:\n  script: [echo ${name}]\n`);
    });
    const summary = (await callOk(fixture.core, 'sync.run', {})) as SyncSummary;
    expect(requestsTo(anyFile)).toHaveLength(1 + 150);
    expect(readStoredIncludes()).toHaveLength(150);
    expect(summary.skipped).toEqual([
      { team: hit.path_with_namespace, resource: 'ciConfig', message: expect.stringMatching(/more than 150 local files/) as string },
    ]);
  });

  it('follows includes three levels deep, as GitLab does, and no further', async () => {
    fixture.proxy.rewrite(anyFile, (_upstream, target) => {
      if (ciFile.test(target)) return text('include: ci/level-1.yml\nbuild:\n  script: [make]\n');
      const level = Number(/ci%2Flevel-(\d+)\.yml/.exec(target)?.[1]);
      return text(`include: ci/level-${level + 1}.yml\nlevel_${level}:\n  script: [echo ${level}]\n`);
    });
    await callOk(fixture.core, 'sync.run', {});
    expect(readStoredIncludes().map((include) => include.path)).toEqual(['ci/level-1.yml', 'ci/level-2.yml', 'ci/level-3.yml']);
    expect(requestsTo(/level-4/)).toEqual([]);
  });
});
