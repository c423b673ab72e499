import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { openCore } from '../../../electron/core/open-core';
import type { Rubric } from '../../../shared/grading/rubric';
import { callOk } from '../../support/call-ok';
import { makeTempDir } from '../../support/temp-dir';
import { activityRubric } from './activity-rubric';

/** The demo's semester starts on 2026-02-16; these split it at the middle of March. */
const first = { name: 'Iteration 1', start: '2026-02-16', end: '2026-03-15' };
const second = { name: 'Iteration 2', start: '2026-03-16', end: '2026-05-17' };

/** One manual criterion out of 10, so a score of 5 is exactly 50 percent. */
const reportOnly: Rubric = { name: 'Report only', step: 0.5, criteria: [{ kind: 'manual', name: 'Report', level: 'basic', maxPoints: 10, weight: 1 }] };

describe('grading a course per iteration through the API', () => {
  const temp = makeTempDir();
  const generated = generateCourse();
  let core: Core;

  beforeAll(async () => {
    core = await openCore({ dataDir: temp.path, env: {} });
    await callOk(core, 'courses.createDemo', {});
  });
  afterAll(() => {
    core.close();
    temp.cleanup();
  });

  it('refuses a course total while the course has no iterations, saying what to do', async () => {
    const result = await core.call('grades.courseTotal', {});
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: '"demo" has no iterations, so there is no course total; add them in Course settings or with gitpulse iteration add, each with a weight.',
      },
    });
  });

  it('refuses an iteration the course does not have', async () => {
    expect(await core.call('grades.course', { iteration: 'Nope' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'The course has no iteration "Nope".' },
    });
  });

  it('grades each iteration with its own rubric version, counting only its own days', async () => {
    await callOk(core, 'iterations.add', { iteration: first });
    await callOk(core, 'iterations.add', { iteration: { ...second, weight: 3 } });
    expect((await callOk(core, 'iterations.list', {})).map((i) => [i.name, i.weight])).toEqual([
      ['Iteration 1', 1],
      ['Iteration 2', 3],
    ]);
    expect(await callOk(core, 'rubric.get', { iteration: 'iteration 1' })).toMatchObject({ version: 0, inheritedFromCourse: true, isBuiltIn: true });

    const saved = await callOk(core, 'rubric.save', { iteration: 'Iteration 1', rubric: activityRubric, reason: 'count pipelines' });
    expect(saved).toMatchObject({ version: 1, inheritedFromCourse: false });
    expect(await callOk(core, 'rubric.get', {})).toMatchObject({ version: 0, isBuiltIn: true, inheritedFromCourse: false });
    expect(await callOk(core, 'rubric.get', { iteration: 'Iteration 2' })).toMatchObject({ version: 0, inheritedFromCourse: true });
    await callOk(core, 'rubric.save', { rubric: reportOnly });
    expect(await callOk(core, 'rubric.version', { iteration: 'Iteration 2', version: 1 })).toMatchObject({ rubric: reportOnly, inheritedFromCourse: true });
    expect(await core.call('rubric.version', { iteration: 'Iteration 1', version: 2 })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'Iteration "Iteration 1" has no rubric version 2.' },
    });
    await callOk(core, 'rubric.templates.apply', { templateId: null, reason: 'back to the default' });

    const one = await callOk(core, 'grades.course', { iteration: 'Iteration 1' });
    const two = await callOk(core, 'grades.course', { iteration: 'Iteration 2' });
    expect(one).toMatchObject({ iteration: 'Iteration 1', asOf: '2026-03-16T00:00:00.000Z', rubric: { name: 'Activity', version: 1 } });
    expect(two).toMatchObject({ iteration: 'Iteration 2', asOf: '2026-05-18T00:00:00.000Z', rubric: { name: 'GitPulse default', version: 2 } });
    let counted = 0;
    for (const team of generated.teams) {
      const path = team.project.path_with_namespace;
      const inFirst = team.pipelines.filter((p) => p.created_at >= '2026-02-16' && p.created_at < '2026-03-16').length;
      counted += inFirst;
      expect(one.teams.find((t) => t.project === path)?.criteria[0]?.points, path).toBe(inFirst / 100);
      expect(two.teams.find((t) => t.project === path)?.criteria.map((c) => c.name)).toEqual(['CI/CD Pipeline', 'Teamwork', 'Code quality']);
    }
    expect(counted).toBeGreaterThan(0);
    expect(counted).toBeLessThan(generated.teams.reduce((n, t) => n + t.pipelines.length, 0));
    expect((await callOk(core, 'rubric.versions', { iteration: 'Iteration 1' })).map((v) => v.version)).toEqual([1, 0]);
    expect((await callOk(core, 'rubric.versions', {})).map((v) => v.version)).toEqual([2, 1, 0]);
  });

  it("exports an iteration's grade sheet from exactly its grades, under a file name that says which", async () => {
    const grades = await callOk(core, 'grades.course', { iteration: 'Iteration 1' });
    const file = await callOk(core, 'export.gradeSheet', { iteration: 'Iteration 1', format: 'csv' });
    expect(file.filename).toBe('demo-Iteration-1-grades.csv');
    const [header, ...rows] = parse(file.content, { bom: true }) as string[][];
    const total = header?.indexOf('Total') ?? -1;
    expect(rows.map((r) => [r[1], r[3], r[total]])).toEqual(grades.teams.flatMap((t) => t.students.map((st) => [t.project, st.username, String(st.total)])));
    const whole = await callOk(core, 'export.gradeSheet', { format: 'csv' });
    expect(whole.content).not.toBe(file.content);
  });

  it('refuses an as-of outside the iteration, naming asOf', async () => {
    expect(await core.call('grades.course', { iteration: 'Iteration 1', asOf: '2026-03-17' })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message:
          'asOf: 2026-03-17 is outside iteration "Iteration 1" (2026-02-16 to 2026-03-15); give an instant after its first day starts and by the end of its last day.',
      },
    });
    expect((await callOk(core, 'grades.course', { iteration: 'Iteration 1', asOf: '2026-03-01' })).asOf).toBe('2026-03-01T00:00:00.000Z');
  });

  it('keeps a score, an override and an adjustment in the iteration they were entered in', async () => {
    const { teams } = await callOk(core, 'grades.course', { iteration: 'Iteration 1' });
    const team = teams[0];
    const student = team?.students[0];
    if (!team || !student) throw new Error('the demo has teams with students');
    const scope = { iteration: 'Iteration 1', projectId: team.projectId };
    await callOk(core, 'grades.setManualScore', { ...scope, criterion: 'Report', points: 7, comment: 'Good first report' });
    await callOk(core, 'grades.setOverride', { ...scope, criterion: 'Pipelines', points: 5, reason: 'Ran on a mirror' });
    await callOk(core, 'grades.setAdjustment', { ...scope, userId: student.userId, adjustment: { kind: 'points', points: -1 }, reason: 'Late' });

    const graded = (await callOk(core, 'grades.course', { iteration: 'Iteration 1' })).teams.find((t) => t.projectId === team.projectId);
    expect(graded?.criteria.map((c) => [c.name, c.points])).toEqual([
      ['Pipelines', 5],
      ['Report', 14],
    ]);
    expect(graded?.students.find((s) => s.userId === student.userId)?.adjustment).toBe(-1);

    for (const other of [{ iteration: 'Iteration 2' }, {}]) {
      const elsewhere = (await callOk(core, 'grades.course', other)).teams.find((t) => t.projectId === team.projectId);
      expect(
        elsewhere?.criteria.every((c) => c.override === null && c.manualPoints === null),
        JSON.stringify(other),
      ).toBe(true);
      expect(elsewhere?.students.every((s) => s.adjustment === 0)).toBe(true);
      expect((await callOk(core, 'grades.audit', other)).map((e) => e.kind).filter((kind) => kind !== 'rubric')).toEqual([]);
    }
    expect((await callOk(core, 'grades.audit', { iteration: 'Iteration 1' })).map((e) => e.kind)).toEqual(['adjustment', 'override', 'manualScore', 'rubric']);
  });

  it('freezes one iteration while the other follows rubric edits', async () => {
    const state = await callOk(core, 'grades.freeze', { iteration: 'Iteration 1', reason: 'deadline 1' });
    expect(state).toMatchObject({ isFrozen: true, rubricVersion: 1 });
    const frozen = await callOk(core, 'grades.course', { iteration: 'Iteration 1' });
    const doubled = { ...activityRubric, criteria: activityRubric.criteria.map((c) => ({ ...c, weight: c.weight * 2 })) };
    await callOk(core, 'rubric.save', { iteration: 'Iteration 1', rubric: doubled });
    await callOk(core, 'rubric.save', { iteration: 'Iteration 2', rubric: doubled });
    expect(await callOk(core, 'grades.course', { iteration: 'Iteration 1' })).toEqual(frozen);
    expect((await callOk(core, 'grades.course', { iteration: 'Iteration 2' })).rubric).toMatchObject({ name: 'Activity', version: 1 });
    expect(await callOk(core, 'grades.freezeState', { iteration: 'Iteration 2' })).toMatchObject({ isFrozen: false });
    expect(await callOk(core, 'grades.freezeState', {})).toMatchObject({ isFrozen: false });
    const refused = await core.call('grades.setManualScore', {
      iteration: 'Iteration 1',
      projectId: frozen.teams[0]?.projectId ?? 0,
      criterion: 'Report',
      points: 1,
      comment: '',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('iteration "Iteration 1" of "demo" are frozen') } });
    await callOk(core, 'grades.setManualScore', {
      iteration: 'Iteration 2',
      projectId: frozen.teams[0]?.projectId ?? 0,
      criterion: 'Report',
      points: 1,
      comment: '',
    });
  });

  it('refuses to remove an iteration with grading data unless forced, and then removes that data too', async () => {
    const refused = await core.call('iterations.remove', { name: 'iteration 1' });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message:
          'Iteration "Iteration 1" of "demo" has grading data (2 rubric versions, 1 manual score, 1 override, 1 adjustment, its frozen grades) that removing it would delete.',
      },
    });
    const renamed = await core.call('iterations.replace', { iterations: [{ ...first, name: 'Sprint 1' }, second] });
    expect(renamed).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await callOk(core, 'iterations.list', {})).map((i) => i.name)).toEqual(['Iteration 1', 'Iteration 2']);

    await callOk(core, 'iterations.remove', { name: 'Iteration 1', force: true });
    await callOk(core, 'iterations.add', { iteration: first });
    expect(await callOk(core, 'grades.freezeState', { iteration: 'Iteration 1' })).toMatchObject({ isFrozen: false });
    expect(await callOk(core, 'rubric.get', { iteration: 'Iteration 1' })).toMatchObject({ inheritedFromCourse: true });
    expect(await callOk(core, 'grades.audit', { iteration: 'Iteration 1' })).toEqual([]);
  });

  it('refuses a negative or non-number weight, naming the iteration', async () => {
    expect(await core.call('iterations.setWeight', { name: 'Iteration 2', weight: -1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'The weight of "Iteration 2" is -1; it must be from 0 to 100.' },
    });
    expect(await core.call('iterations.add', { iteration: { name: 'Extra', start: '2026-05-18', end: '2026-05-20', weight: 'lots' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'The weight of "Extra" must be a number from 0 to 100.' },
    });
  });
});

describe('the course total', () => {
  const temp = makeTempDir();
  let core: Core;
  let projectId = 0;

  beforeAll(async () => {
    core = await openCore({ dataDir: temp.path, env: {} });
    await callOk(core, 'courses.createDemo', {});
    await callOk(core, 'rubric.save', { rubric: reportOnly });
    await callOk(core, 'iterations.replace', {
      iterations: [
        { ...first, weight: 1 },
        { ...second, weight: 3 },
      ],
    });
    projectId = (await callOk(core, 'grades.course', {})).teams[0]?.projectId ?? 0;
    await callOk(core, 'grades.setManualScore', { iteration: 'Iteration 1', projectId, criterion: 'Report', points: 5, comment: '' });
    await callOk(core, 'grades.setManualScore', { iteration: 'Iteration 2', projectId, criterion: 'Report', points: 9, comment: '' });
  });
  afterAll(() => {
    core.close();
    temp.cleanup();
  });

  it('weights each iteration: 50 % with weight 1 and 90 % with weight 3 make 80.0 %', async () => {
    const total = await callOk(core, 'grades.courseTotal', {});
    expect(total.iterations).toEqual([
      { name: 'Iteration 1', weight: 1, frozen: false, asOf: '2026-03-16T00:00:00.000Z', rubricVersion: 1, maxPoints: 10 },
      { name: 'Iteration 2', weight: 3, frozen: false, asOf: '2026-05-18T00:00:00.000Z', rubricVersion: 1, maxPoints: 10 },
    ]);
    const team = total.students.filter((s) => s.projectId === projectId);
    expect(team.length).toBeGreaterThan(0);
    for (const student of team) {
      expect(student.iterations).toEqual([
        { name: 'Iteration 1', total: 5, maxPoints: 10, percent: 50 },
        { name: 'Iteration 2', total: 9, maxPoints: 10, percent: 90 },
      ]);
      expect(student.percent).toBe(80);
    }
    expect(total.students.filter((s) => s.projectId !== projectId).every((s) => s.percent === 0)).toBe(true);
  });

  it('leaves out an iteration that has not started yet, which has no grades', async () => {
    await callOk(core, 'iterations.add', { iteration: { name: 'Later', start: '2099-01-05', end: '2099-02-01', weight: 5 } });
    expect(await core.call('grades.course', { iteration: 'Later' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'The iteration "Later" (2099-01-05 to 2099-02-01) has not started yet, so it has no grades.' },
    });
    const total = await callOk(core, 'grades.courseTotal', {});
    expect(total.iterations.map((i) => i.name)).toEqual(['Iteration 1', 'Iteration 2']);
    expect(total.students.find((s) => s.projectId === projectId)?.percent).toBe(80);
    await callOk(core, 'iterations.remove', { name: 'Later' });
  });

  it('keeps the weights when the list is saved without them', async () => {
    const saved = await callOk(core, 'iterations.replace', { iterations: [first, second] });
    expect(saved.map((i) => i.weight)).toEqual([1, 3]);
  });

  it('leaves out an iteration whose weight is 0', async () => {
    await callOk(core, 'iterations.setWeight', { name: 'Iteration 2', weight: 0 });
    const total = await callOk(core, 'grades.courseTotal', {});
    expect(total.iterations.map((i) => i.weight)).toEqual([1, 0]);
    expect(total.students.find((s) => s.projectId === projectId)?.percent).toBe(50);
  });

  it('refuses a total when every weight is 0', async () => {
    await callOk(core, 'iterations.setWeight', { name: 'Iteration 1', weight: 0 });
    expect(await core.call('grades.courseTotal', {})).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message:
          'Every iteration of "demo" has the weight 0, so there is no course total; give one a weight in Course settings or with gitpulse iteration weight --name NAME --weight W.',
      },
    });
  });
});
