import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCourseMetricsStore } from '../../renderer/features/courses/course-metrics-store';
import { createCoursesStore } from '../../renderer/features/courses/courses-store';
import { createIterationsStore } from '../../renderer/features/metrics-window/iterations-store';
import { windowKeyOf } from '../../renderer/features/metrics-window/window-options';
import { createStudentProfileStore, studentKey } from '../../renderer/features/team/student-profile-store';
import { createTeamDetailStore, teamKey, type TeamQuery } from '../../renderer/features/team/team-detail-store';
import { openTestCore } from './open-test-core';

describe('window keys', () => {
  it('tell every window apart, two custom ranges included, and an iteration by its name in any case', () => {
    const keys = [
      windowKeyOf({ kind: 'course' }),
      windowKeyOf({ kind: 'iteration', name: 'Iteration 1' }),
      windowKeyOf({ kind: 'lastDays', days: 7 }),
      windowKeyOf({ kind: 'lastDays', days: 30 }),
      windowKeyOf({ kind: 'range', first: '2026-03-01', last: '2026-03-07' }),
      windowKeyOf({ kind: 'range', first: '2026-03-01', last: '2026-03-08' }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(windowKeyOf({ kind: 'iteration', name: 'ITERATION 1' })).toBe(windowKeyOf({ kind: 'iteration', name: 'Iteration 1' }));
    const base = { courseId: 1, projectId: 2 };
    expect(teamKey({ ...base, window: { kind: 'course' } })).not.toBe(teamKey({ ...base, window: { kind: 'lastDays', days: 7 } }));
    expect(studentKey({ ...base, username: 'a', window: { kind: 'course' } })).not.toBe(
      studentKey({ ...base, username: 'a', window: { kind: 'lastDays', days: 7 } }),
    );
  });
});

describe('the team and student stores over a real core', () => {
  let test: Awaited<ReturnType<typeof openTestCore>>;
  beforeEach(async () => {
    test = await openTestCore();
  });
  afterEach(() => test.close());

  it('keep one answer per window, each equal to the overview’s figures for that window', async () => {
    const courseId = await createCoursesStore(test.api).getState().createDemoCourse();
    if (courseId === undefined) throw new Error('no demo course');
    await createIterationsStore(test.api)
      .getState()
      .replaceIterations(courseId, [{ name: 'Iteration 1', start: '2026-02-16', end: '2026-03-01', weight: 1 }]);
    const overview = createCourseMetricsStore(test.api);
    await overview.getState().fetchMetrics(courseId, { kind: 'iteration', name: 'Iteration 1' });
    const inIteration = overview.getState().byCourse[courseId]?.metrics?.teams[0];
    await overview.getState().fetchMetrics(courseId);
    const whole = overview.getState().byCourse[courseId]?.metrics?.teams[0];
    if (!inIteration || !whole) throw new Error('the demo has no teams');

    const teams = createTeamDetailStore(test.api);
    const iterationQuery: TeamQuery = { courseId, projectId: inIteration.projectId, window: { kind: 'iteration', name: 'Iteration 1' } };
    const courseQuery: TeamQuery = { courseId, projectId: inIteration.projectId, window: { kind: 'course' } };
    await teams.getState().fetch(iterationQuery);
    await teams.getState().fetch(courseQuery);
    const shownInIteration = teams.getState().byKey[teamKey(iterationQuery)]?.value;
    const shownWhole = teams.getState().byKey[teamKey(courseQuery)]?.value;
    expect(shownInIteration?.from).toBe('2026-02-16T00:00:00.000Z');
    expect(shownInIteration?.team.pipelines.total).toBe(inIteration.pipelines.total);
    expect(shownWhole?.team.pipelines.total).toBe(whole.pipelines.total);
    expect(shownWhole?.team.pipelines.total).toBeGreaterThan(shownInIteration?.team.pipelines.total ?? 0);

    const member = inIteration.members[0];
    if (!member) throw new Error('the team has no members');
    const students = createStudentProfileStore(test.api);
    const studentQuery = { ...iterationQuery, username: member.username };
    await students.getState().fetch(studentQuery);
    expect(students.getState().byKey[studentKey(studentQuery)]?.value?.student.commits).toBe(member.commits);
  });
});
