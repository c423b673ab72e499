import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ForceIterationsSaveConfirm } from '../../../renderer/features/course-settings/ForceIterationsSaveConfirm';
import { createCoursesStore } from '../../../renderer/features/courses/courses-store';
import { createGradingStore } from '../../../renderer/features/grading/grading-store';
import { createIterationsStore } from '../../../renderer/features/metrics-window/iterations-store';
import { openTestCore } from '../open-test-core';

let test: Awaited<ReturnType<typeof openTestCore>>;
let courseId: number;

const first = { name: 'Iteration 1', start: '2026-02-16', end: '2026-03-31', weight: 1 };
const second = { name: 'Iteration 2', start: '2026-04-01', end: '2026-05-18', weight: 1 };

beforeEach(async () => {
  test = await openTestCore();
  const id = await createCoursesStore(test.api).getState().createDemoCourse();
  if (id === undefined) throw new Error('no demo course');
  courseId = id;
  const saved = await test.api.call('iterations.replace', { courseId, iterations: [first, second] });
  if (!saved.ok) throw new Error(saved.error.message);
});
afterEach(() => test.close());

/** Scores the first team's manual criterion in Iteration 1 and returns where it went. */
async function scoreIterationOne(): Promise<{ projectId: number; criterion: string }> {
  const grading = createGradingStore(test.api);
  await grading.getState().load(courseId, 'Iteration 1');
  const team = grading.getState().grades?.teams[0];
  const manual = team?.criteria.find((c) => c.kind === 'manual');
  if (!team || !manual) throw new Error('the demo has no team with a manual criterion');
  const refusal = await grading.getState().setManualScore(team.projectId, manual.name, 4, 'Clear report');
  if (refusal) throw new Error(refusal.message);
  return { projectId: team.projectId, criterion: manual.name };
}

async function manualPointsInIterationOne(score: { projectId: number; criterion: string }): Promise<number | null | undefined> {
  const grades = await test.api.call('grades.course', { courseId, iteration: 'Iteration 1' });
  if (!grades.ok) throw new Error(grades.error.message);
  return grades.value.teams.find((t) => t.projectId === score.projectId)?.criteria.find((c) => c.name === score.criterion)?.manualPoints;
}

describe('saving an iteration list that drops an iteration with grading data', () => {
  it('asks first, keeps everything when kept, and deletes the grading data only when confirmed', async () => {
    const score = await scoreIterationOne();
    const store = createIterationsStore(test.api);
    await store.getState().fetchIterations(courseId);

    const refused = await store.getState().replaceIterations(courseId, [second]);
    const message = 'Iteration "Iteration 1" of "demo" has grading data (1 manual score) that removing it would delete.';
    expect(refused).toEqual({ error: { code: 'conflict', message } });

    const html = renderToStaticMarkup(<ForceIterationsSaveConfirm message={message} isSaving={false} onConfirm={() => undefined} onKeep={() => undefined} />);
    expect(html).toContain('role="group" aria-label="Delete the grading data?"');
    expect(html).toContain(`<bdi>${message.replaceAll('"', '&quot;')}</bdi>`);
    expect(html).toMatch(/<button[^>]*>Delete the grading data and save<\/button><button[^>]*>Keep the iteration<\/button>/);

    // Keeping sends nothing: the refused save left the iteration, its score and the store's list as they were.
    expect(store.getState().byCourse[courseId]?.iterations.map((i) => i.name)).toEqual(['Iteration 1', 'Iteration 2']);
    const listed = await test.api.call('iterations.list', { courseId });
    expect(listed.ok && listed.value.map((i) => i.name)).toEqual(['Iteration 1', 'Iteration 2']);
    expect(await manualPointsInIterationOne(score)).toBe(4);

    const forced = await store.getState().replaceIterations(courseId, [second], { force: true });
    expect(forced).toEqual({ iterations: [second] });
    expect(store.getState().byCourse[courseId]?.iterations).toEqual([second]);
    expect(await test.api.call('grades.course', { courseId, iteration: 'Iteration 1' })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    // The data itself is gone, not just hidden: saved back under its name (replace, unlike add, does
    // not sweep up data left behind), the iteration starts empty.
    const readded = await store.getState().replaceIterations(courseId, [first, second]);
    expect(readded).toEqual({ iterations: [first, second] });
    expect(await manualPointsInIterationOne(score)).toBeNull();
    expect(await test.api.call('grades.audit', { courseId, iteration: 'Iteration 1' })).toEqual({ ok: true, value: [] });
  });
});
