import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinRubric } from '../../../shared/grading/builtin-rubric';
import { formatRubricJson } from '../../../shared/grading/describe-rubric-problems';
import { runCli } from '../../support/run-cli';
import { makeTempDir } from '../../support/temp-dir';

/** The built-in rubric as a file, with one change made to a copy. */
function variant(change: (rubric: { criteria: Array<Record<string, unknown> & { checks?: Array<Record<string, unknown>> }> }) => void): string {
  const copy = JSON.parse(JSON.stringify(builtinRubric)) as Parameters<typeof change>[0];
  change(copy);
  return JSON.stringify(copy);
}

const corpus: Array<[string, string | Buffer, string]> = [
  ['wrong types', variant((r) => (r.criteria[0] = { ...r.criteria[0], weight: 'heavy' })), 'criteria[0].weight: must be a number, not string "heavy"'],
  ['missing fields', variant((r) => (r.criteria[1] = { ...r.criteria[1], name: undefined })), 'criteria[1].name: is missing'],
  ['negative points', variant((r) => r.criteria[0]?.checks?.[0] && (r.criteria[0].checks[0].points = -2)), 'criteria[0].checks[0].points: must be >= 0'],
  [
    'an unknown metric',
    variant((r) => r.criteria[1]?.checks?.[1] && (r.criteria[1].checks[1].metric = 'karma')),
    'criteria[1].checks[1].metric: "karma" is not one of',
  ],
  ['duplicate names', variant((r) => (r.criteria[2] = { ...r.criteria[2], name: 'CI/CD pipeline' })), 'criteria[2].name: duplicates the name of criteria[0]'],
  ['huge numbers', variant((r) => (r.criteria[2] = { ...r.criteria[2], maxPoints: 1e308 })), 'criteria[2].maxPoints: must be <= 1000'],
  ['deep nesting', `{"name":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, 'gitpulse: name: must be a string, not an array'],
  ['not JSON', 'name: CI/CD\ncriteria: []\n', 'The file is not JSON ('],
  ['not UTF-8', Buffer.from([0x7b, 0x22, 0x6e, 0xff, 0xfe, 0x22, 0x7d]), 'is not UTF-8 text'],
  ['50 MB', Buffer.alloc(50_000_000, 0x20), 'is 50.0 MB; a rubric file is at most 1 MB'],
];

describe('gitpulse rubric', () => {
  const temp = makeTempDir();
  const cli = (...args: string[]) => runCli(['--data-dir', temp.path, ...args]);
  const file = (name: string) => join(temp.path, name);
  const readStoredRubrics = () => {
    const db = new Database(join(temp.path, 'gitpulse.sqlite'), { readonly: true });
    try {
      return db.prepare('SELECT course_id, version, rubric_json, saved_at FROM rubric_versions ORDER BY version').all();
    } finally {
      db.close();
    }
  };
  let storedAfterImport: unknown[] = [];

  beforeAll(async () => {
    expect((await cli('demo')).code).toBe(0);
  });
  afterAll(() => temp.cleanup());

  it('shows the built-in rubric until another is saved', async () => {
    const run = await cli('rubric', 'show');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('GitPulse default, version 0 (the built-in template, not changed yet); maximum 30 points, step 0.5');
    expect(run.stdout).toMatch(/CI\/CD Pipeline\s+basic\s+10\s+1\s+pipeline_exists 2, tests_automated 3, coverage_threshold 2, linting 2, security_scan 1/);
  });

  it('exports, imports and exports again byte for byte', async () => {
    expect((await cli('rubric', 'export', '--out', file('first.json'))).code).toBe(0);
    expect(readFileSync(file('first.json'), 'utf8')).toBe(formatRubricJson(builtinRubric));
    const imported = await cli('rubric', 'import', file('first.json'), '--reason', 'start of term');
    expect(imported.stdout.trim()).toBe('Imported "GitPulse default" as rubric version 1; the grades follow it.');
    expect((await cli('rubric', 'export', '--out', file('second.json'))).code).toBe(0);
    expect(readFileSync(file('second.json'))).toEqual(readFileSync(file('first.json')));
    storedAfterImport = readStoredRubrics();
    expect(storedAfterImport).toHaveLength(1);
  });

  it.each(corpus)('refuses a file with %s in one clear line and keeps the stored rubric', async (what, content, expected) => {
    const path = file(`broken-${what.replaceAll(' ', '-')}.json`);
    writeFileSync(path, content);
    const run = await cli('rubric', 'import', path);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(expected);
    // Read straight from the file (each CLI start costs seconds on a busy machine): still the one imported version.
    expect(readStoredRubrics()).toEqual(storedAfterImport);
  });
});
