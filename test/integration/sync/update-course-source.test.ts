import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { callOk, startSyncFixture, type SyncFixture } from '../../support/sync-fixture';

const course = generateCourse({ teams: 2, seed: 3, weeks: 2, activityScale: 0.2 });

describe('changing a course’s name and source', () => {
  let fixture: SyncFixture;
  beforeAll(async () => {
    fixture = await startSyncFixture(course);
  });
  afterAll(() => fixture.close());

  it('refuses a group GitLab does not have, where a connection exists, and keeps the course as it was', async () => {
    const before = await callOk(fixture.core, 'courses.get', { course: 'se' });
    const result = await fixture.core.call('courses.updateSource', { course: 'se', groupPath: 'teaching/no-such-group' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'not_found',
        message: `${fixture.sim.url} has no group "teaching/no-such-group" that your token can see; check the path (as GitLab shows it, e.g. teaching/se-2026).`,
      },
    });
    expect(await callOk(fixture.core, 'courses.get', { course: 'se' })).toEqual(before);
  });

  it('saves a fix GitLab confirms, the name too, and the next sync reads the new source', async () => {
    const project = course.teams[0]?.project.path_with_namespace ?? '';
    const saved = await callOk(fixture.core, 'courses.updateSource', { course: 'se', name: 'se-2026', projectPaths: [`${fixture.sim.url}/${project}`] });
    expect(saved.isChecked).toBe(true);
    expect(saved.course).toMatchObject({ name: 'se-2026', source: { kind: 'projects', projectPaths: [project] } });
    const summary = await callOk(fixture.core, 'sync.run', { course: 'se-2026' });
    expect(summary.stored.projects).toBe(1);
  });

  it('saves without a check for a GitLab with no connection, and says so', async () => {
    const saved = await callOk(fixture.core, 'courses.updateSource', { course: 'se-2026', gitlabUrl: 'https://gitlab.elsewhere.example/', groupPath: 'a/b' });
    expect(saved).toMatchObject({ isChecked: false, course: { gitlabUrl: 'https://gitlab.elsewhere.example', source: { kind: 'group', groupPath: 'a/b' } } });
  });

  it('refuses a name another course has, and the demo course', async () => {
    await callOk(fixture.core, 'courses.createDemo', {});
    expect(await fixture.core.call('courses.updateSource', { course: 'se-2026', name: 'demo' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await fixture.core.call('courses.updateSource', { course: 'demo', groupPath: 'x/y' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });
});
