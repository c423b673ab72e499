import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli';
import { makeTempDir } from '../../support/temp-dir';

/** Every name, username and email of a student the demo course stored, read before it is removed. */
function readStudentStrings(dbPath: string): string[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    const rows = [
      ...db.prepare<[], { a: string | null; b: string | null; c: string | null }>('SELECT username AS a, name AS b, public_email AS c FROM users').all(),
      ...db.prepare<[], { a: string | null; b: string | null; c: string | null }>('SELECT username AS a, name AS b, public_email AS c FROM members').all(),
      ...db.prepare<[], { a: string | null; b: string | null; c: null }>('SELECT author_name AS a, author_email AS b, NULL AS c FROM commits').all(),
    ];
    // Short or common strings (a first name alone) could match unrelated bytes; full names and emails cannot.
    return [...new Set(rows.flatMap((r) => [r.a, r.b, r.c]).filter((s): s is string => s !== null && s.length >= 8))];
  } finally {
    db.close();
  }
}

/** The database file and its write-ahead log, byte for byte, as anyone with the laptop could read them. */
function readDatabaseBytes(dataDir: string): Buffer {
  const file = join(dataDir, 'gitpulse.sqlite');
  const parts = [readFileSync(file)];
  for (const extra of [`${file}-wal`, `${file}-journal`]) if (existsSync(extra)) parts.push(readFileSync(extra));
  return Buffer.concat(parts);
}

describe('deleting student data', () => {
  let temp: ReturnType<typeof makeTempDir>;
  const cli = (...args: string[]) => runCli(['--data-dir', temp.path, ...args]);

  beforeEach(async () => {
    temp = makeTempDir();
    expect((await cli('demo')).code).toBe(0);
  });
  afterEach(() => temp.cleanup());

  it('removing the last course leaves no student name or email anywhere in the database file', async () => {
    const students = readStudentStrings(join(temp.path, 'gitpulse.sqlite'));
    expect(students.length).toBeGreaterThan(30);
    expect(students.some((s) => s.includes('@'))).toBe(true);
    const before = readDatabaseBytes(temp.path);
    expect(students.filter((s) => before.includes(Buffer.from(s, 'utf8')))).toEqual(students);

    const run = await cli('course', 'remove', 'demo');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('Removed course "demo".\n');

    const after = readDatabaseBytes(temp.path);
    expect(students.filter((s) => after.includes(Buffer.from(s, 'utf8')))).toEqual([]);
    const db = new Database(join(temp.path, 'gitpulse.sqlite'), { readonly: true });
    expect(db.prepare('SELECT COUNT(*) AS n FROM users').get()).toEqual({ n: 0 });
    db.close();
  });

  it('forget --all deletes every course and its students, keeping connections unless asked', async () => {
    expect((await cli('course', 'add', 'se-2026', '--gitlab-url', 'https://gitlab.example.edu', '--group', 'teaching/se-2026')).code).toBe(0);
    const students = readStudentStrings(join(temp.path, 'gitpulse.sqlite'));

    const refused = await cli('forget');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      "gitpulse: forget: give --all to delete every course with its students' data (add --connections to delete the GitLab connections too)\n",
    );
    expect(JSON.parse((await cli('course', 'list', '--json')).stdout)).toHaveLength(2);

    const run = await cli('forget', '--all');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      'Deleted all course data (2 course(s): demo, se-2026).\nGitLab connections kept; add --connections to delete them and their tokens too.\n',
    );
    expect((await cli('course', 'list')).stdout).toBe('No courses yet. Try: gitpulse demo\n');
    const after = readDatabaseBytes(temp.path);
    expect(students.filter((s) => after.includes(Buffer.from(s, 'utf8')))).toEqual([]);
  });
});
