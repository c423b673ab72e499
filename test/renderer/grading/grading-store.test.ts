import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCoursesStore } from '../../../renderer/features/courses/courses-store';
import { createGradingStore } from '../../../renderer/features/grading/grading-store';
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
  const store = createGradingStore(test.api);
  await store.getState().load(courseId);
  const team = store.getState().grades?.teams[0];
  if (!team) throw new Error('the demo has no teams');
  return { store, team };
}

describe('the grading store', () => {
  it('loads every team with the rubric the grades were computed with, and the flags beside them', async () => {
    const { store } = await loadedStore();
    const state = store.getState();
    expect(state.status).toBe('ready');
    expect(state.grades?.teams).toHaveLength(8);
    expect(state.rubric?.criteria.map((c) => c.name)).toEqual(state.grades?.teams[0]?.criteria.map((c) => c.name));
    expect(Object.keys(state.flags)).toHaveLength(8);
  });

  it('adds a manual score to the team total and records it in the team’s audit trail', async () => {
    const { store, team } = await loadedStore();
    const manual = team.criteria.find((c) => c.kind === 'manual');
    if (!manual) throw new Error('the template has no manual criterion');
    await store.getState().loadAudit(team.projectId);
    expect(await store.getState().setManualScore(team.projectId, manual.name, 4, 'Readable')).toBeUndefined();
    const after = store.getState().grades?.teams.find((t) => t.projectId === team.projectId);
    const weight = store.getState().rubric?.criteria.find((c) => c.name === manual.name)?.weight;
    expect(weight).toBeGreaterThan(0);
    expect(after?.total).toBe(team.total + 4 * (weight ?? 0));
    expect(after?.criteria.find((c) => c.name === manual.name)).toMatchObject({ manualPoints: 4, comment: 'Readable' });
    expect(store.getState().audit[team.projectId]?.entries[0]).toMatchObject({ kind: 'manualScore', newValue: expect.stringContaining('4') });
  });

  it('answers the core’s refusal of an override without a reason, and changes nothing', async () => {
    const { store, team } = await loadedStore();
    const first = team.criteria[0];
    if (!first) throw new Error('no criterion');
    const refusal = await store.getState().setOverride(team.projectId, first.name, 1, '  ');
    expect(refusal).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/reason/i) });
    expect(store.getState().grades?.teams[0]?.total).toBe(team.total);
  });

  it('applies an accepted factor only when set, and refuses edits while frozen', async () => {
    const { store, team } = await loadedStore();
    const student = team.students[0];
    if (!student) throw new Error('no student');
    expect(store.getState().grades?.teams[0]?.students[0]?.adjustment).toBe(0);
    expect(await store.getState().setAdjustment(team.projectId, student.userId, { kind: 'factor', factor: 0.5 }, 'Half the work')).toBeUndefined();
    const adjusted = store.getState().grades?.teams[0]?.students[0];
    expect(adjusted).toMatchObject({ adjustmentFactor: 0.5, adjustmentReason: 'Half the work' });
    expect(adjusted?.total).toBeCloseTo(team.total * 0.5);
    expect(await store.getState().freezeGrades('Deadline')).toBeUndefined();
    expect(store.getState()).toMatchObject({ grades: { frozen: true }, freeze: { isFrozen: true } });
    expect(await store.getState().clearAdjustment(team.projectId, student.userId, '')).toMatchObject({ code: 'conflict' });
    expect(await store.getState().unfreezeGrades('')).toBeUndefined();
    expect(store.getState().grades?.frozen).toBe(false);
  });
});
