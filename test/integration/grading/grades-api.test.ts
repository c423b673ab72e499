import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { openCore } from '../../../electron/core/open-core';
import { CourseGradesSchema } from '../../../shared/domain/course-grades';
import { builtinRubric } from '../../../shared/grading/builtin-rubric';
import { formatRubricJson } from '../../../shared/grading/describe-rubric-problems';
import { callOk } from '../../support/call-ok';
import { makeTempDir } from '../../support/temp-dir';
import { activityRubric } from './activity-rubric';

describe('grading a course through the API', () => {
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

  it('grades every team with the built-in rubric (version 0) until another is saved', async () => {
    const rubric = await callOk(core, 'rubric.get', {});
    expect(rubric).toMatchObject({ version: 0, isBuiltIn: true, rubric: builtinRubric });
    const grades = CourseGradesSchema.parse(await callOk(core, 'grades.course', {}));
    expect(grades.teams).toHaveLength(generated.teams.length);
    expect(grades.rubric).toEqual({ name: 'GitPulse default', version: 0, maxPoints: 30 });
    for (const team of grades.teams) {
      expect(team.criteria.map((c) => c.name)).toEqual(['CI/CD Pipeline', 'Teamwork', 'Code quality']);
      expect(team.total).toBe(team.criteria.reduce((sum, c) => sum + c.points, 0));
      expect(team.students.every((s) => s.total === team.total && s.adjustment === 0)).toBe(true);
    }
  });

  it('counts only activity before the as-of instant', async () => {
    await callOk(core, 'rubric.save', { rubric: activityRubric, reason: 'count pipelines' });
    const asOf = '2026-03-16T00:00:00.000Z';
    const grades = await callOk(core, 'grades.course', { asOf });
    expect(grades.asOf).toBe(asOf);
    let counted = 0;
    for (const team of generated.teams) {
      const before = team.pipelines.filter((p) => p.created_at < asOf).length;
      const graded = grades.teams.find((t) => t.project === team.project.path_with_namespace);
      expect(graded?.criteria[0]?.points, team.project.path_with_namespace).toBe(before / 100);
      counted += before;
    }
    const all = generated.teams.reduce((n, t) => n + t.pipelines.length, 0);
    expect(counted).toBeGreaterThan(0);
    expect(counted).toBeLessThan(all);
  });

  it('refuses an as-of that is not a date, naming it', async () => {
    const result = await core.call('grades.course', { asOf: '2026-02-30' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'asOf: 2026-02-30 is not a date or time (YYYY-MM-DD or ISO 8601).' } });
  });

  it('keeps manual scores, overrides and adjustments, each with an audit entry', async () => {
    const { teams } = await callOk(core, 'grades.course', {});
    const team = teams[0];
    const student = team?.students[0];
    if (!team || !student) throw new Error('the demo has teams with students');
    const ref = { projectId: team.projectId };
    await callOk(core, 'grades.setManualScore', { ...ref, criterion: 'Report', points: 7, comment: 'Clear write-up' });
    await callOk(core, 'grades.setManualScore', { ...ref, criterion: 'Report', points: 8, comment: 'Clear write-up, good tests' });
    await callOk(core, 'grades.setOverride', { ...ref, criterion: 'Pipelines', points: 5, reason: 'Pipelines ran on a mirror' });
    await callOk(core, 'grades.setAdjustment', { ...ref, userId: student.userId, adjustment: { kind: 'factor', factor: 0.9 }, reason: 'Missed two sprints' });

    const graded = (await callOk(core, 'grades.course', {})).teams.find((t) => t.projectId === team.projectId);
    expect(graded?.criteria.map((c) => [c.name, c.points])).toEqual([
      ['Pipelines', 5],
      ['Report', 16],
    ]);
    expect(graded?.total).toBe(21);
    const adjusted = graded?.students.find((s) => s.userId === student.userId);
    expect(adjusted).toMatchObject({ adjustment: -2.1, adjustmentFactor: 0.9, adjustmentReason: 'Missed two sprints', total: 18.9 });

    const audit = await callOk(core, 'grades.audit', ref);
    expect(audit.map((e) => [e.kind, e.subject, e.oldValue, e.newValue, e.reason]).slice(0, 4)).toEqual([
      ['adjustment', student.username, null, 'factor 0.9', 'Missed two sprints'],
      ['override', 'Pipelines', null, '5 points', 'Pipelines ran on a mirror'],
      ['manualScore', 'Report', '7 points, "Clear write-up"', '8 points, "Clear write-up, good tests"', null],
      ['manualScore', 'Report', null, '7 points, "Clear write-up"', null],
    ]);
    expect(audit.at(-1)?.kind).toBe('rubric');
    const otherTeam = teams[1];
    if (!otherTeam) throw new Error('the demo has several teams');
    expect((await callOk(core, 'grades.audit', { projectId: otherTeam.projectId })).map((e) => e.kind)).toEqual(['rubric']);
  });

  it('refuses scores above the maximum, automatic criteria as manual, and overrides without a reason', async () => {
    const { teams } = await callOk(core, 'grades.course', {});
    const projectId = teams[1]?.projectId ?? 0;
    expect(await core.call('grades.setManualScore', { projectId, criterion: 'Report', points: 11, comment: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'points: must be <= 10, the maximum of "Report"' },
    });
    expect(await core.call('grades.setManualScore', { projectId, criterion: 'Pipelines', points: 1, comment: '' })).toMatchObject({ ok: false });
    expect(await core.call('grades.setOverride', { projectId, criterion: 'Pipelines', points: 1, reason: ' ' })).toMatchObject({ ok: false });
    expect(await core.call('grades.setManualScore', { projectId, criterion: 'Nope', points: 1, comment: '' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('keeps a frozen sheet through rubric edits, refuses score edits, and follows again once unfrozen', async () => {
    const before = await callOk(core, 'grades.course', {});
    const state = await callOk(core, 'grades.freeze', { reason: 'deadline' });
    expect(state).toMatchObject({ isFrozen: true, rubricVersion: 1 });
    const frozen = await callOk(core, 'grades.course', {});
    expect(frozen).toMatchObject({ frozen: true, frozenAt: state.frozenAt, lastSyncAt: before.lastSyncAt, rubric: before.rubric });
    expect(frozen.teams).toEqual(before.teams);

    const doubled = { ...activityRubric, criteria: activityRubric.criteria.map((c) => ({ ...c, weight: c.weight * 2 })) };
    await callOk(core, 'rubric.save', { rubric: doubled });
    expect(await callOk(core, 'grades.course', {})).toEqual(frozen);
    expect(await callOk(core, 'grades.course', { asOf: '2026-03-01' })).toEqual(frozen);
    const refused = await core.call('grades.setManualScore', { projectId: before.teams[0]?.projectId ?? 0, criterion: 'Report', points: 1, comment: '' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });

    await callOk(core, 'grades.unfreeze', {});
    const after = await callOk(core, 'grades.course', {});
    expect(after.frozen).toBe(false);
    expect(after.rubric.version).toBe(2);
    expect(after.teams[1]?.total).toBe((before.teams[1]?.total ?? 0) * 2);
  });

  it('refuses a bad rubric file, changing nothing, and exports the rubric in force', async () => {
    const stored = await callOk(core, 'rubric.export', {});
    const refused = await core.call('rubric.import', {
      json: '{"name":"x","step":0.5,"criteria":[{"kind":"manual","name":"A","level":"basic","maxPoints":-1,"weight":1}]}',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'criteria[0].maxPoints: must be >= 0' } });
    expect(await callOk(core, 'rubric.export', {})).toEqual(stored);
    expect((await callOk(core, 'rubric.versions', {})).map((v) => v.version)).toEqual([2, 1, 0]);
    expect((await callOk(core, 'rubric.version', { version: 1 })).rubric).toEqual(activityRubric);
  });

  it('saves rubrics as templates and applies them as a new version', async () => {
    const template = await callOk(core, 'rubric.templates.save', { name: 'Spring', rubric: activityRubric });
    expect((await callOk(core, 'rubric.templates.list', {})).map((t) => [t.name, t.isBuiltIn])).toEqual([
      ['GitPulse default', true],
      ['Spring', false],
    ]);
    const applied = await callOk(core, 'rubric.templates.apply', { templateId: null });
    expect(applied).toMatchObject({ version: 3, rubric: builtinRubric });
    expect((await callOk(core, 'rubric.templates.apply', { templateId: template.id })).rubric).toEqual(activityRubric);
    expect((await callOk(core, 'rubric.export', { version: 3 })).json).toBe(formatRubricJson(builtinRubric));
  });

  it('suggests a factor per student from the shares, clamped to 0.8 to 1.2, and applies none', async () => {
    const factors = await callOk(core, 'grades.suggestedFactors', {});
    const all = factors.flatMap((t) => t.students);
    expect(all.length).toBeGreaterThan(0);
    for (const s of all.filter((s) => s.factor !== null)) {
      expect(s.factor).toBeGreaterThanOrEqual(0.8);
      expect(s.factor).toBeLessThanOrEqual(1.2);
    }
    const grades = await callOk(core, 'grades.course', {});
    const untouched = grades.teams.slice(1).flatMap((t) => t.students);
    expect(untouched.every((s) => s.adjustment === 0)).toBe(true);
    expect(untouched.map((s) => s.suggestedFactor)).toEqual(factors.slice(1).flatMap((t) => t.students.map((s) => s.factor)));
  });
});
