import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import type { CourseGrades } from '../../../shared/domain/course-grades';
import { callOk, startSyncFixture, type SyncFixture } from '../../support/sync-fixture';
import { activityRubric } from './activity-rubric';

const course = generateCourse({ teams: 1, seed: 5 });

describe('frozen grades and a sync that brings new data', () => {
  let fixture: SyncFixture;
  let frozen: CourseGrades;

  beforeAll(async () => {
    fixture = await startSyncFixture(course);
    await callOk(fixture.core, 'sync.run', {});
    await callOk(fixture.core, 'rubric.save', { rubric: activityRubric });
    await callOk(fixture.core, 'grades.freeze', {});
    frozen = await callOk(fixture.core, 'grades.course', {});
  });
  afterAll(() => fixture.close());

  it('keeps the frozen sheet while the synced figures move on', async () => {
    const { sim } = fixture;
    const projectId = sim.course.teams[0]?.project.id ?? 0;
    const before = (await callOk(fixture.core, 'metrics.course', {})).teams[0]?.pipelines.total ?? 0;
    for (let i = 0; i < 5; i += 1) sim.addPipeline(projectId, { status: 'success' });
    await callOk(fixture.core, 'sync.run', {});
    expect((await callOk(fixture.core, 'metrics.course', {})).teams[0]?.pipelines.total).toBe(before + 5);
    expect(await callOk(fixture.core, 'grades.course', {})).toEqual(frozen);
    expect(frozen.teams[0]?.criteria[0]?.points).toBe(before / 100);
  });

  it('brings the new figures once unfrozen', async () => {
    await callOk(fixture.core, 'grades.unfreeze', {});
    const live = await callOk(fixture.core, 'grades.course', {});
    expect(live.frozen).toBe(false);
    expect(live.teams[0]?.criteria[0]?.points).toBe(((frozen.teams[0]?.criteria[0]?.points ?? 0) * 100 + 5) / 100);
    expect(live.lastSyncAt).not.toBe(frozen.lastSyncAt);
  });
});
