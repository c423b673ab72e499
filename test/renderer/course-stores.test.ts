import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRosterStore } from '../../renderer/features/course-settings/roster-store';
import { createCourseMetricsStore } from '../../renderer/features/courses/course-metrics-store';
import { createCoursesStore } from '../../renderer/features/courses/courses-store';
import { summarizeTeams } from '../../renderer/features/courses/summarize-teams';
import { openTestCore } from './open-test-core';

let test: Awaited<ReturnType<typeof openTestCore>>;

beforeEach(async () => {
  test = await openTestCore();
});
afterEach(() => test.close());

describe('the courses store', () => {
  it('creates the demo course, answers with its id and lists it', async () => {
    const store = createCoursesStore(test.api);
    const courseId = await store.getState().createDemoCourse();
    expect(courseId).toEqual(expect.any(Number));
    expect(store.getState()).toMatchObject({ status: 'ready', isCreatingDemo: false, demoError: undefined });
    expect(store.getState().courses.map((c) => c.id)).toEqual([courseId]);
  });

  it('keeps the form’s error when the core refuses a course', async () => {
    const store = createCoursesStore(test.api);
    const outcome = await store
      .getState()
      .addCourse({ name: 'se', gitlabUrl: 'https://gitlab.example.edu', groupPath: 'g', windowStart: '2026-05-01', windowEnd: '2026-04-01' });
    expect(outcome).toEqual({ error: { code: 'invalid_input', message: expect.stringMatching(/ends before it starts/) } });
  });
});

describe('the course metrics store', () => {
  it('loads a course’s teams by id, with totals pooled over every team', async () => {
    const courses = createCoursesStore(test.api);
    const courseId = await courses.getState().createDemoCourse();
    if (courseId === undefined) throw new Error('no demo course');
    const store = createCourseMetricsStore(test.api);
    await store.getState().fetchMetrics(courseId);
    const entry = store.getState().byCourse[courseId];
    expect(entry?.status).toBe('ready');
    const metrics = entry?.metrics;
    if (!metrics) throw new Error('no metrics');
    expect(metrics.teams).toHaveLength(8);
    const summary = summarizeTeams(metrics);
    expect(summary.pipelineCount).toBe(metrics.teams.reduce((sum, t) => sum + t.pipelines.total, 0));
    const finished = metrics.teams.reduce((sum, t) => sum + t.pipelines.success + t.pipelines.failed + t.pipelines.canceled, 0);
    expect(summary.successRate).toBeCloseTo(metrics.teams.reduce((sum, t) => sum + t.pipelines.success, 0) / finished);
  });

  it('shows an error for a course that no longer exists', async () => {
    const store = createCourseMetricsStore(test.api);
    await store.getState().fetchMetrics(4242);
    expect(store.getState().byCourse[4242]).toMatchObject({ status: 'error', error: { code: 'not_found' } });
  });
});

describe('the roster store', () => {
  it('changes a role at once and keeps what the core answered', async () => {
    const courseId = await createCoursesStore(test.api).getState().createDemoCourse();
    if (courseId === undefined) throw new Error('no demo course');
    const store = createRosterStore(test.api);
    await store.getState().fetchRoster(courseId);
    const student = store.getState().byCourse[courseId]?.entries.find((e) => e.role === 'student');
    if (!student) throw new Error('no student in the demo');
    await store.getState().setRole(courseId, student, 'staff');
    const after = store.getState().byCourse[courseId];
    expect(after?.pending).toEqual([]);
    expect(after?.entries.find((e) => e.projectId === student.projectId && e.userId === student.userId)?.role).toBe('staff');
  });
});
