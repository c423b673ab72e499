import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCoursesStore } from '../../../renderer/features/courses/courses-store';
import type { DraftStorage } from '../../../renderer/features/grading/grade-drafts';
import { replaceCheck, updateCriterion } from '../../../renderer/features/rubric/edit-rubric';
import { createRubricDrafts, rubricDraftKeyOf } from '../../../renderer/features/rubric/rubric-drafts';
import { createRubricStore, isDraftDirty } from '../../../renderer/features/rubric/rubric-store';
import { openTestCore } from '../open-test-core';

/** The Web Storage API over a Map, standing in for the window's localStorage (a browser API, not ours). */
function makeStorage(): DraftStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

let test: Awaited<ReturnType<typeof openTestCore>>;
let courseId: number;

beforeEach(async () => {
  test = await openTestCore();
  const id = await createCoursesStore(test.api).getState().createDemoCourse();
  if (id === undefined) throw new Error('no demo course');
  courseId = id;
});
afterEach(() => test.close());

/** A window of the app: a fresh store over the same core and the same storage, as after a restart. */
async function openWindow(storage: DraftStorage) {
  const store = createRubricStore(test.api, () => storage);
  await store.getState().load(courseId);
  const draft = store.getState().history?.present;
  if (!draft) throw new Error('no draft');
  return { store, draft };
}

describe('the rubric editor’s unsaved draft', () => {
  it('comes back after a restart, one Undo away from the saved rubric, and says when it was edited', async () => {
    const storage = makeStorage();
    const first = await openWindow(storage);
    first.store.getState().edit(updateCriterion(first.draft, 0, { weight: 2 }), 'criteria.0.weight');
    expect(storage.items.has(rubricDraftKeyOf(courseId))).toBe(true);

    const second = await openWindow(storage);
    expect(second.draft.criteria[0]?.weight).toBe(2);
    expect(isDraftDirty(second.store.getState())).toBe(true);
    expect(second.store.getState().restoredDraft).toMatchObject({ basedOnVersion: 0 });
    expect(Date.parse(second.store.getState().restoredDraft?.at ?? '')).not.toBeNaN();
    second.store.getState().undo();
    expect(second.store.getState().history?.present.criteria[0]?.weight).toBe(1);
    // Undone back to the saved rubric, nothing is left to restore.
    expect(storage.items.has(rubricDraftKeyOf(courseId))).toBe(false);
    expect(second.store.getState().restoredDraft).toBeUndefined();
  });

  it('keeps a draft with a problem the editor shows, an emptied number included', async () => {
    const storage = makeStorage();
    const first = await openWindow(storage);
    const criterion = first.draft.criteria[0];
    const check = criterion?.kind === 'automatic' ? criterion.checks[0] : undefined;
    if (!check) throw new Error('the template’s first criterion has no check');
    const broken = replaceCheck(updateCriterion(first.draft, 0, { weight: Number.NaN }), 0, 0, { ...check, points: -1 });
    first.store.getState().edit(broken);
    const second = await openWindow(storage);
    expect(second.draft.criteria[0]?.weight).toBeNaN();
    expect(second.draft.criteria[0]?.kind === 'automatic' && second.draft.criteria[0].checks[0]?.points).toBe(-1);
  });

  it('is dropped when discarded or saved, and a kept one stays stored until then', async () => {
    const storage = makeStorage();
    const first = await openWindow(storage);
    first.store.getState().edit(updateCriterion(first.draft, 0, { weight: 3 }));
    const kept = await openWindow(storage);
    kept.store.getState().keepRestoredDraft();
    expect(kept.store.getState().restoredDraft).toBeUndefined();
    expect(storage.items.has(rubricDraftKeyOf(courseId))).toBe(true);
    kept.store.getState().discard();
    expect(storage.items.has(rubricDraftKeyOf(courseId))).toBe(false);
    expect((await openWindow(storage)).draft.criteria[0]?.weight).toBe(1);

    const editing = await openWindow(storage);
    editing.store.getState().edit(updateCriterion(editing.draft, 0, { weight: 3 }));
    expect(await editing.store.getState().save('CI/CD counts triple')).toBe(true);
    expect(storage.items.has(rubricDraftKeyOf(courseId))).toBe(false);
    const reopened = await openWindow(storage);
    expect(reopened.store.getState().restoredDraft).toBeUndefined();
    expect(reopened.draft.criteria[0]?.weight).toBe(3);
  });

  it('is kept per course and per iteration, and a stored value it did not write is ignored', () => {
    const storage = makeStorage();
    storage.setItem(rubricDraftKeyOf(1), JSON.stringify({ rubric: { criteria: 'not a list' }, basedOnVersion: 0, at: '2026-05-01T10:00:00Z' }));
    expect(createRubricDrafts(storage, 1).read()).toBeUndefined();
    storage.setItem(rubricDraftKeyOf(1), '{');
    expect(createRubricDrafts(storage, 1).read()).toBeUndefined();
    expect(new Set([rubricDraftKeyOf(1), rubricDraftKeyOf(2), rubricDraftKeyOf(1, 'Sprint 1'), rubricDraftKeyOf(1, 'Sprint 2')]).size).toBe(4);
  });
});
