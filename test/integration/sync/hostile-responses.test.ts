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
});
