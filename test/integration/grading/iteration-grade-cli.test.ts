import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CourseTotalSchema } from '../../../shared/domain/course-total';
import { formatRubricJson } from '../../../shared/grading/describe-rubric-problems';
import { runCli } from '../../support/run-cli';
import { makeTempDir } from '../../support/temp-dir';
import { activityRubric } from './activity-rubric';

/** An instructor may name an iteration anything a line holds, a formula too: the CSV must show it as text. */
const formulaIteration = '=HYPERLINK("http://x","y")';

describe('gitpulse grading per iteration', () => {
  const temp = makeTempDir();
  const cli = (...args: string[]) => runCli(['--data-dir', temp.path, ...args]);
  const readCsv = (file: string): string[][] => parse(readFileSync(join(temp.path, file), 'utf8'), { bom: true }) as string[][];

  beforeAll(async () => {
    expect((await cli('demo')).code).toBe(0);
  });
  afterAll(() => temp.cleanup());

  it('refuses a course total before the course has iterations, saying what to do', async () => {
    const run = await cli('grade', 'total');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'gitpulse: "demo" has no iterations, so there is no course total; add them in Course settings or with gitpulse iteration add, each with a weight.\n',
    );
    const json = await cli('grade', 'total', '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({ error: { code: 'conflict' } });
  });

  it('accepts the same as-of date for grade and export, and both count the same', async () => {
    const graded = await cli('grade', '--as-of', '2026-06-01', '--json');
    expect(graded.code, graded.stderr).toBe(0);
    const grades = JSON.parse(graded.stdout) as {
      iteration: null;
      asOf: string;
      teams: { project: string; students: { username: string; total: number }[] }[];
    };
    expect(grades).toMatchObject({ iteration: null, asOf: '2026-06-01T00:00:00.000Z' });

    const exported = await cli('export', '--format', 'csv', '--as-of', '2026-06-01', '--out', join(temp.path, 'dated.csv'));
    expect(exported.code, exported.stderr).toBe(0);
    expect((await cli('export', '--format', 'csv', '--as-of', '2026-06-01T00:00:00Z', '--out', join(temp.path, 'instant.csv'))).code).toBe(0);
    expect(readFileSync(join(temp.path, 'dated.csv'), 'utf8')).toBe(readFileSync(join(temp.path, 'instant.csv'), 'utf8'));
    const [header, ...rows] = readCsv('dated.csv');
    const totalColumn = header?.indexOf('Total') ?? -1;
    const expected = grades.teams.flatMap((t) => t.students.map((s) => [t.project, s.username, String(s.total)]));
    expect(rows.map((r) => [r[1], r[3], r[totalColumn]])).toEqual(expected);

    const refused = await cli('export', '--format', 'csv', '--as-of', '2026-02-30', '--out', join(temp.path, 'bad.csv'));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('gitpulse: --as-of: 2026-02-30 is not a date or time (YYYY-MM-DD or ISO 8601).\n');
    const metrics = await cli('export', '--format', 'metrics-csv', '--as-of', '2026-02-30', '--out', join(temp.path, 'bad.csv'));
    expect(metrics.stderr).toBe('gitpulse: --as-of: 2026-02-30 is not a date or time (YYYY-MM-DD or ISO 8601).\n');
  });

  it('refuses an iteration the course does not have, naming it', async () => {
    const run = await cli('grade', '--iteration', 'Nope');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('gitpulse: The course has no iteration "Nope".\n');
    expect((await cli('export', '--format', 'csv', '--iteration', 'Nope', '--out', join(temp.path, 'nope.csv'))).stderr).toBe(
      'gitpulse: The course has no iteration "Nope".\n',
    );
  });

  it('adds weighted iterations, lists them, and refuses a negative weight naming the iteration', async () => {
    expect((await cli('iteration', 'add', '--name', 'Iteration 1', '--start', '2026-02-16', '--end', '2026-03-15')).stdout).toBe(
      'Added iteration "Iteration 1": 2026-02-16 to 2026-03-15, weight 1.\n',
    );
    expect((await cli('iteration', 'add', '--name', formulaIteration, '--start', '2026-03-16', '--end', '2026-05-17', '--weight', '3')).code).toBe(0);
    const refused = await cli('iteration', 'weight', '--name', 'iteration 1', '--weight', '-1');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('gitpulse: The weight of "Iteration 1" is -1; it must be from 0 to 100.\n');
    const listed = JSON.parse((await cli('iteration', 'list', '--json')).stdout) as { name: string; weight: number }[];
    expect(listed.map((i) => [i.name, i.weight])).toEqual([
      ['Iteration 1', 1],
      [formulaIteration, 3],
    ]);
    expect((await cli('iteration', 'list')).stdout).toMatch(/Weight\n.*\nIteration 1 +2026-02-16 +2026-03-15 +1\n/);
  });

  it('grades an iteration on its own days and prints which one', async () => {
    const run = await cli('grade', '--iteration', 'iteration 1', '--json');
    expect(run.code, run.stderr).toBe(0);
    const grades = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(grades)).toEqual(['course', 'iteration', 'asOf', 'frozen', 'rubric', 'teams']);
    expect(grades).toMatchObject({ course: 'demo', iteration: 'Iteration 1', asOf: '2026-03-16T00:00:00.000Z' });
    const outside = await cli('grade', '--iteration', 'Iteration 1', '--as-of', '2026-06-01');
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/^gitpulse: --as-of: 2026-06-01 is outside iteration "Iteration 1" \(2026-02-16 to 2026-03-15\)/);
  });

  it('writes the course total CSV with exactly the figures of grade total --json', async () => {
    const run = await cli('grade', 'total', '--json');
    expect(run.code, run.stderr).toBe(0);
    const total = CourseTotalSchema.parse(JSON.parse(run.stdout));
    expect(total.iterations.map((i) => [i.name, i.weight])).toEqual([
      ['Iteration 1', 1],
      [formulaIteration, 3],
    ]);
    for (const s of total.students) {
      const [one, two] = s.iterations;
      expect(s.percent).toBe(Math.round(((one?.percent ?? 0) + 3 * (two?.percent ?? 0)) * 2.5) / 10);
    }

    const exported = await cli('export', '--format', 'course-total-csv', '--out', join(temp.path, 'total.csv'));
    expect(exported.code, exported.stderr).toBe(0);
    const [header, ...rows] = readCsv('total.csv');
    expect(header).toEqual(['Course', 'Team', 'Name', 'Username', 'Email', 'Iteration 1 %', `'${formulaIteration} %`, 'Course %']);
    expect(rows).toEqual(
      total.students.map((s) => [total.course, s.project, s.name, s.username, s.email ?? '', ...s.iterations.map((i) => String(i.percent)), String(s.percent)]),
    );
    const table = await cli('grade', 'total');
    const first = total.students[0];
    if (!first) throw new Error('the demo has students');
    expect(table.stdout).toContain(`${first.username} `);
    expect(table.stdout).toMatch(new RegExp(`${first.username.replace('.', '\\.')} .* ${String(first.percent).replace('.', '\\.')}\\n`));
  });

  it("imports, shows and exports an iteration's own rubric, leaving the course's as it was", async () => {
    const file = join(temp.path, 'activity.rubric.json');
    writeFileSync(file, formatRubricJson(activityRubric));
    const imported = await cli('rubric', 'import', file, '--iteration', 'iteration 1');
    expect(imported.stdout, imported.stderr).toBe('Imported "Activity" as rubric version 1 of iteration "iteration 1"; the grades follow it.\n');
    expect(JSON.parse((await cli('rubric', 'show', '--iteration', 'Iteration 1', '--json')).stdout)).toMatchObject({ version: 1, inheritedFromCourse: false });
    expect(JSON.parse((await cli('rubric', 'show', '--json')).stdout)).toMatchObject({ version: 0, isBuiltIn: true });
    expect((await cli('rubric', 'show', '--iteration', formulaIteration)).stdout).toMatch(
      /^GitPulse default, version 0 \(the course's rubric: the built-in template/,
    );
    const out = join(temp.path, 'exported.rubric.json');
    expect((await cli('rubric', 'export', '--iteration', 'Iteration 1', '--out', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(formatRubricJson(activityRubric));
  });

  it('keeps an iteration with grading data unless removed with --force', async () => {
    const frozen = await cli('grade', 'freeze', '--iteration', 'Iteration 1');
    expect(frozen.stdout, frozen.stderr).toMatch(/^Froze the grades of iteration "Iteration 1" as of 2026-03-16T00:00:00\.000Z \(rubric version 1\)/);
    const refused = await cli('iteration', 'remove', '--name', 'Iteration 1');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      'gitpulse: Iteration "Iteration 1" of "demo" has grading data (1 rubric version, its frozen grades) that removing it would delete. Add --force to delete them too.\n',
    );
    expect((await cli('iteration', 'remove', '--name', 'Iteration 1', '--force')).code).toBe(0);
    expect((await cli('iteration', 'list', '--json')).stdout).not.toContain('Iteration 1');
  });
});
