import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli';
import { makeTempDir } from '../../support/temp-dir';

describe('gitpulse grade', () => {
  const temp = makeTempDir();
  const cli = (...args: string[]) => runCli(['--data-dir', temp.path, ...args]);
  let team = '';

  beforeAll(async () => {
    expect((await cli('demo')).code).toBe(0);
  });
  afterAll(() => temp.cleanup());

  it('prints exactly the documented JSON shape', async () => {
    const run = await cli('grade', '--json', '--as-of', '2026-04-01');
    expect(run.code, run.stderr).toBe(0);
    const grades = JSON.parse(run.stdout) as Record<string, unknown> & {
      teams: Array<
        Record<string, unknown> & {
          criteria: Array<Record<string, unknown> & { checks: Array<Record<string, unknown>> }>;
          students: Array<Record<string, unknown>>;
        }
      >;
    };
    expect(Object.keys(grades)).toEqual(['course', 'iteration', 'asOf', 'frozen', 'rubric', 'teams']);
    expect(grades).toMatchObject({
      course: 'demo',
      asOf: '2026-04-01T00:00:00.000Z',
      frozen: false,
      rubric: { name: 'GitPulse default', version: 0, maxPoints: 30 },
    });
    const first = grades.teams[0];
    if (!first) throw new Error('the demo has teams');
    team = String(first.project);
    expect(Object.keys(first)).toEqual(['project', 'criteria', 'total', 'maxPoints', 'students']);
    expect(Object.keys(first.criteria[0] ?? {})).toEqual(['name', 'points', 'maxPoints', 'checks']);
    expect(Object.keys(first.criteria[0]?.checks[0] ?? {})).toEqual(['name', 'points', 'maxPoints', 'evidence']);
    expect(Object.keys(first.students[0] ?? {})).toEqual(['username', 'name', 'email', 'adjustment', 'total', 'percent']);
  });

  it('enters a manual score, then freezes: the sheet stays, edits are refused, unfreezing lets them in', async () => {
    const set = await cli('grade', 'set', '--team', team, '--criterion', 'Code quality', '--points', '7.5', '--comment', 'Tidy modules');
    expect(set.stdout.trim(), set.stderr).toBe(`Set 7.5 points for "Code quality" of ${team}.`);
    const frozen = await cli('grade', 'freeze', '--reason', 'deadline');
    expect(frozen.stdout, frozen.stderr).toMatch(/^Froze the grades as of .+ \(rubric version 0\)/);
    const refused = await cli('grade', 'set', '--team', team, '--criterion', 'Code quality', '--points', '2');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^gitpulse: The grades of "demo" are frozen since .+; unfreeze them to change a score\.\n$/);
    const shown = await cli('grade');
    expect(shown.stdout).toMatch(/grades as of .+, frozen at .+ \(last sync .+\); rubric "GitPulse default" version 0/);
    expect(shown.stdout).toMatch(/Code quality\s+7\.5\s+10\s+Tidy modules/);
    expect((await cli('grade', 'unfreeze')).code).toBe(0);
    expect((await cli('grade', 'set', '--team', team, '--criterion', 'Code quality', '--points', '2')).code).toBe(0);
    const audit = await cli('grade', 'audit', '--team', team, '--json');
    const kinds = (JSON.parse(audit.stdout) as Array<{ kind: string; newValue: string | null }>).map((e) => [e.kind, e.newValue?.slice(0, 10)]);
    expect(kinds).toEqual([
      ['manualScore', '2 points'],
      ['freeze', 'not frozen'],
      ['freeze', 'frozen as '],
      ['manualScore', '7.5 points'],
    ]);
  });

  it('refuses bad flags in one line with exit 2', async () => {
    const run = await cli('grade', 'adjust', '--team', team, '--student', 'nobody', '--points', 'lots', '--reason', 'x');
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`gitpulse: grade adjust: "nobody" is not a student of ${team}`);
    const flags = await cli('grade', 'set', '--team', team, '--criterion', 'Code quality', '--points', 'ten');
    expect(flags.code).toBe(2);
    expect(flags.stderr.trim()).toBe('gitpulse: grade set: --points must be a number, not "ten"');
  });
});
