import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCoursesStore } from '../../../renderer/features/courses/courses-store';
import { updateCriterion } from '../../../renderer/features/rubric/edit-rubric';
import { createRubricStore, isDraftDirty } from '../../../renderer/features/rubric/rubric-store';
import { openTestCore } from '../open-test-core';

let test: Awaited<ReturnType<typeof openTestCore>>;
let courseId: number;

beforeEach(async () => {
  test = await openTestCore();
  const id = await createCoursesStore(test.api).getState().createDemoCourse();
  if (id === undefined) throw new Error('no demo course');
  courseId = id;
});
afterEach(() => test.close());

async function loadedStore() {
  const store = createRubricStore(test.api);
  await store.getState().load(courseId);
  const draft = store.getState().history?.present;
  if (!draft) throw new Error('no draft');
  return { store, draft };
}

describe('the rubric store', () => {
  it('starts from the built-in template and counts an undo back to it as clean', async () => {
    const { store, draft } = await loadedStore();
    expect(store.getState().saved).toMatchObject({ version: 0, isBuiltIn: true });
    store.getState().edit(updateCriterion(draft, 0, { weight: 2 }), 'criteria.0.weight');
    expect(isDraftDirty(store.getState())).toBe(true);
    store.getState().undo();
    expect(isDraftDirty(store.getState())).toBe(false);
    store.getState().redo();
    expect(store.getState().history?.present.criteria[0]?.weight).toBe(2);
  });

  it('saves the draft as a new version and keeps the earlier one viewable', async () => {
    const { store, draft } = await loadedStore();
    store.getState().edit(updateCriterion(draft, 0, { weight: 2 }));
    expect(await store.getState().save('CI/CD counts double')).toBe(true);
    expect(store.getState().saved).toMatchObject({ version: 1, isBuiltIn: false });
    expect(isDraftDirty(store.getState())).toBe(false);
    expect(store.getState().versions.map((v) => v.version)).toEqual([1, 0]);
    await store.getState().viewVersion(0);
    expect(store.getState().viewing?.rubric.criteria[0]?.weight).toBe(1);
  });

  it('refuses a broken file with the core’s message naming the place, and leaves the draft alone', async () => {
    const { store, draft } = await loadedStore();
    const broken = JSON.parse(JSON.stringify(draft)) as { criteria: Array<{ checks?: Array<{ points: number }> }> };
    const check = broken.criteria[0]?.checks?.[0];
    if (!check) throw new Error('the template’s first criterion has no check');
    check.points = -1;
    expect(await store.getState().importText('broken.json', JSON.stringify(broken))).toBe(false);
    expect(store.getState().actionError?.error.message).toMatch(/criteria\[0\]\.checks\[0\]\.points/);
    expect(store.getState().history?.present).toBe(draft);
    expect(await store.getState().importText('not.json', '{')).toBe(false);
    expect(store.getState().history?.present).toBe(draft);
  });

  it('puts an imported file and an applied template in the draft, undoably, with a reason to save', async () => {
    const { store, draft } = await loadedStore();
    const renamed = { ...draft, name: 'Imported rubric' };
    expect(await store.getState().importText('mine.json', JSON.stringify(renamed))).toBe(true);
    expect(store.getState().history?.present.name).toBe('Imported rubric');
    expect(store.getState().suggestedReason).toBe('Imported mine.json');
    expect(await store.getState().saveTemplate('My template')).toBe(true);
    const mine = store.getState().templates.find((t) => t.name === 'My template');
    expect(mine?.rubric.name).toBe('Imported rubric');
    store.getState().undo();
    expect(store.getState().history?.present).toBe(draft);
    if (!mine) throw new Error('template not listed');
    store.getState().applyTemplate(mine);
    expect(store.getState().history?.present.name).toBe('Imported rubric');
  });
});
