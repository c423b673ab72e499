import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import type { CourseGrades } from '../../../shared/domain/course-grades';
import { callOk, startSyncFixture, type SyncFixture } from '../../support/sync-fixture';
import { activityRubric } from './activity-rubric';

const course = generateCourse({ teams: 1, seed: 5 });

/** Both iterations run past the simulated now (the end of the generated semester), so new pipelines count in each. */
const iterations = [
  { name: 'Iteration 1', start: '2026-02-16', end: '2026-06-30' },
  { name: 'Iteration 2', start: '2026-04-01', end: '2026-06-30' },
];

const pointsOf = (grades: CourseGrades): number => grades.teams[0]?.criteria[0]?.points ?? Number.NaN;

describe('a frozen iteration and a sync that brings new data', () => {
  let fixture: SyncFixture;
  let frozen: CourseGrades;
  let secondBefore: CourseGrades;

  beforeAll(async () => {
    fixture = await startSyncFixture(course);
    await callOk(fixture.core, 'sync.run', {});
    await callOk(fixture.core, 'iterations.replace', { iterations });
    await callOk(fixture.core, 'rubric.save', { rubric: activityRubric });
    await callOk(fixture.core, 'grades.freeze', { iteration: 'Iteration 1' });
    frozen = await callOk(fixture.core, 'grades.course', { iteration: 'Iteration 1' });
    secondBefore = await callOk(fixture.core, 'grades.course', { iteration: 'Iteration 2' });
  });
  afterAll(() => fixture.close());

  it('keeps the frozen iteration through new pipelines and a rubric edit, while the other follows both', async () => {
    const { sim } = fixture;
    const projectId = sim.course.teams[0]?.project.id ?? 0;
    for (let i = 0; i < 5; i += 1) sim.addPipeline(projectId, { status: 'success' });
    await callOk(fixture.core, 'sync.run', {});
    const doubled = { ...activityRubric, criteria: activityRubric.criteria.map((c) => ({ ...c, weight: c.weight * 2 })) };
    await callOk(fixture.core, 'rubric.save', { rubric: doubled });

    expect(frozen).toMatchObject({ iteration: 'Iteration 1', frozen: true });
    expect(await callOk(fixture.core, 'grades.course', { iteration: 'Iteration 1' })).toEqual(frozen);
    const second = await callOk(fixture.core, 'grades.course', { iteration: 'Iteration 2' });
    expect(second).toMatchObject({ frozen: false, rubric: { version: 2 } });
    expect(pointsOf(second)).toBe(((pointsOf(secondBefore) * 100 + 5) / 100) * 2);
    const total = await callOk(fixture.core, 'grades.courseTotal', {});
    expect(total.iterations.map((i) => [i.name, i.frozen, i.rubricVersion])).toEqual([
      ['Iteration 1', true, 1],
      ['Iteration 2', false, 2],
    ]);
  });

  it('brings the new figures to the iteration once unfrozen', async () => {
    await callOk(fixture.core, 'grades.unfreeze', { iteration: 'Iteration 1' });
    const live = await callOk(fixture.core, 'grades.course', { iteration: 'Iteration 1' });
    expect(live.frozen).toBe(false);
    expect(pointsOf(live)).toBe(((pointsOf(frozen) * 100 + 5) / 100) * 2);
  });
});
