import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCoursesStore } from '../../../renderer/features/courses/courses-store';
import { exportGradeSheet } from '../../../renderer/features/courses/export-grade-sheet';
import { createCourseTotalStore } from '../../../renderer/features/grading/course-total-store';
import { storageKeyOf } from '../../../renderer/features/grading/grade-drafts';
import { keepValidScope, useGradingScopeStore } from '../../../renderer/features/grading/grading-scope-store';
import { createGradingStore } from '../../../renderer/features/grading/grading-store';
import { updateCriterion } from '../../../renderer/features/rubric/edit-rubric';
import { describeSavedRubric } from '../../../renderer/features/rubric/describe-saved-rubric';
import { rubricDraftKeyOf } from '../../../renderer/features/rubric/rubric-drafts';
import { createRubricStore } from '../../../renderer/features/rubric/rubric-store';
import type { DraftStorage } from '../../../renderer/features/grading/grade-drafts';
import { openTestCore } from '../open-test-core';

let test: Awaited<ReturnType<typeof openTestCore>>;
let courseId: number;

const iterations = [
  { name: 'Iteration 1', start: '2026-02-16', end: '2026-03-31', weight: 1 },
  { name: 'Iteration 2', start: '2026-04-01', end: '2026-05-18', weight: 3 },
];

beforeEach(async () => {
  test = await openTestCore();
  const id = await createCoursesStore(test.api).getState().createDemoCourse();
  if (id === undefined) throw new Error('no demo course');
  courseId = id;
});
afterEach(() => test.close());

function makeStorage(): DraftStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value), removeItem: (key) => void items.delete(key) };
}

async function addIterations(): Promise<void> {
  const saved = await test.api.call('iterations.replace', { courseId, iterations });
  if (!saved.ok) throw new Error(saved.error.message);
}

describe('the grading scope', () => {
  it('is chosen per course and falls back to the whole course when its iteration is gone', () => {
    useGradingScopeStore.getState().selectScope(1, 'Iteration 1');
    useGradingScopeStore.getState().selectScope(2, 'Sprint');
    useGradingScopeStore.getState().selectScope(2, undefined);
    expect(useGradingScopeStore.getState().byCourse).toEqual({ 1: 'Iteration 1' });
    expect(keepValidScope('iteration 1', iterations)).toBe('Iteration 1');
    expect(keepValidScope('Iteration 3', iterations)).toBeUndefined();
    expect(keepValidScope(undefined, iterations)).toBeUndefined();
  });

  it('gives an iteration the course rubric until one is saved for it, and then its own grades', async () => {
    await addIterations();
    const storage = makeStorage();
    const rubric = createRubricStore(test.api, () => storage);
    await rubric.getState().load(courseId, 'Iteration 1');
    expect(rubric.getState().saved).toMatchObject({ inheritedFromCourse: true, version: 0 });
    const draft = rubric.getState().history?.present;
    if (!draft) throw new Error('no draft');
    rubric.getState().edit(updateCriterion(draft, 0, { weight: 3 }));
    // The draft is the iteration's: the whole course's stays untouched.
    expect(storage.items.has(rubricDraftKeyOf(courseId, 'Iteration 1'))).toBe(true);
    expect(storage.items.has(rubricDraftKeyOf(courseId))).toBe(false);
    expect(await rubric.getState().save('Iteration 1 weighs CI/CD triple')).toBe(true);
    expect(rubric.getState().saved).toMatchObject({ inheritedFromCourse: false, version: 1 });

    const grading = createGradingStore(test.api);
    await grading.getState().load(courseId);
    const whole = grading.getState().grades;
    await grading.getState().load(courseId, 'Iteration 1');
    const first = grading.getState().grades;
    expect(whole?.iteration).toBeNull();
    expect(first?.iteration).toBe('Iteration 1');
    expect(first?.rubric.maxPoints).toBe((whole?.rubric.maxPoints ?? 0) + 20);
    expect(grading.getState().rubric?.criteria[0]?.weight).toBe(3);

    // Freezing the iteration leaves the whole course open.
    expect(await grading.getState().freezeGrades('Iteration 1 is over')).toBeUndefined();
    expect(grading.getState().grades?.frozen).toBe(true);
    await grading.getState().load(courseId);
    expect(grading.getState().grades?.frozen).toBe(false);
  });

  it('says an iteration uses the course rubric in force until it saves its own', async () => {
    await addIterations();
    const rubric = createRubricStore(test.api);
    await rubric.getState().load(courseId);
    const draft = rubric.getState().history?.present;
    if (!draft) throw new Error('no draft');
    rubric.getState().edit(updateCriterion(draft, 1, { weight: 2 }));
    expect(await rubric.getState().save('Teamwork counts double')).toBe(true);
    expect(describeSavedRubric(rubric.getState().saved, undefined)).toBe('Version 1, as saved');
    await rubric.getState().load(courseId, 'Iteration 2');
    expect(rubric.getState().history?.present.criteria[1]?.weight).toBe(2);
    expect(describeSavedRubric(rubric.getState().saved, 'Iteration 2')).toBe('Uses the course rubric (version 1) until you save one for Iteration 2');
  });

  it('keeps grade drafts per scope, and exports the chosen scope’s sheet', async () => {
    await addIterations();
    expect(new Set([storageKeyOf(courseId), storageKeyOf(courseId, 'Iteration 1'), storageKeyOf(courseId, 'Iteration 2')]).size).toBe(3);
    const sheet = await exportGradeSheet(test.api, courseId, 'csv', false, { iteration: 'Iteration 1' });
    if (sheet.kind !== 'file') throw new Error(`not exported: ${JSON.stringify(sheet)}`);
    // The metrics sheet spans the course whatever the scope: the iteration is not sent with it.
    expect((await exportGradeSheet(test.api, courseId, 'metrics-csv', false, { iteration: 'Iteration 1' })).kind).toBe('file');
    expect(await exportGradeSheet(test.api, courseId, 'csv', false, { iteration: 'Iteration 9' })).toMatchObject({
      kind: 'failed',
      error: { code: 'not_found', message: 'The course has no iteration "Iteration 9".' },
    });
  });
});

describe('the course total store', () => {
  it('holds the core’s sentence while the course has no iterations, then every student’s weighted percent', async () => {
    const store = createCourseTotalStore(test.api);
    await store.getState().fetchTotal(courseId);
    expect(store.getState().byCourse[courseId]).toMatchObject({ status: 'ready', total: undefined, error: { code: 'conflict' } });

    await addIterations();
    await store.getState().fetchTotal(courseId);
    const total = store.getState().byCourse[courseId]?.total;
    expect(total?.iterations.map((it) => [it.name, it.weight])).toEqual([
      ['Iteration 1', 1],
      ['Iteration 2', 3],
    ]);
    const student = total?.students[0];
    if (!student) throw new Error('no students');
    const [a, b] = student.iterations;
    expect(student.percent).toBeCloseTo(Math.round((((a?.percent ?? 0) * 1 + (b?.percent ?? 0) * 3) / 4) * 10) / 10, 5);
  });
});
