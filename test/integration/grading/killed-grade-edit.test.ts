import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPath, runCli } from '../../support/run-cli';
import { makeTempDir } from '../../support/temp-dir';

interface StoredScore {
  points: number | null;
  comment: string;
  newValue: string | null;
}

describe('a grade edit killed with SIGKILL', () => {
  const temp = makeTempDir();
  const database = join(temp.path, 'gitpulse.sqlite');
  let team = '';

  const setArgs = (points: number) => [
    '--data-dir',
    temp.path,
    'grade',
    'set',
    '--team',
    team,
    '--criterion',
    'Code quality',
    '--points',
    String(points),
    '--comment',
    `round ${points}`,
  ];

  function readStored(): StoredScore | undefined {
    const db = new Database(database, { readonly: true });
    try {
      return db
        .prepare(
          `SELECT s.points, s.comment, (SELECT new_value FROM grade_audit WHERE kind = 'manualScore' ORDER BY id DESC LIMIT 1) AS newValue
          FROM grade_manual_scores s WHERE s.criterion = 'Code quality'`,
        )
        .get() as StoredScore | undefined;
    } finally {
      db.close();
    }
  }

  /**
   * Runs `gitpulse grade set` and SIGKILLs it the moment the write-ahead log grows, that is while
   * SQLite is writing the edit's transaction (or, with `afterMs`, at that time after the start).
   */
  function runAndKill(points: number, when: { afterMs: number } | 'onFirstWrite'): Promise<'killed' | 'finished'> {
    const wal = `${database}-wal`;
    const sizeAtStart = existsSync(wal) ? statSync(wal).size : 0;
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [cliPath, ...setArgs(points)], { stdio: 'ignore' });
      const started = Date.now();
      const watcher = setInterval(() => {
        const grew = existsSync(wal) && statSync(wal).size !== sizeAtStart;
        if (when === 'onFirstWrite' ? grew : Date.now() - started >= when.afterMs) child.kill('SIGKILL');
      }, 1);
      child.on('error', reject);
      child.on('exit', (code, signal) => {
        clearInterval(watcher);
        if (signal === 'SIGKILL') resolve('killed');
        else if (code === 0) resolve('finished');
        else reject(new Error(`grade set exited with ${code}`));
      });
    });
  }

  beforeAll(async () => {
    expect((await runCli(['--data-dir', temp.path, 'demo'])).code).toBe(0);
    const grades = JSON.parse((await runCli(['--data-dir', temp.path, 'grade', '--json'])).stdout) as { teams: Array<{ project: string }> };
    team = grades.teams[0]?.project ?? '';
    expect((await runCli(setArgs(1))).code).toBe(0);
  });
  afterAll(() => temp.cleanup());

  it('leaves the old value or the new one with its audit entry, never a mix', async () => {
    const outcomes: string[] = [];
    const started = Date.now();
    expect((await runCli(setArgs(2))).code).toBe(0);
    const fullRunMs = Date.now() - started;
    let previous = 2;
    const plans: Array<{ afterMs: number } | 'onFirstWrite'> = [
      'onFirstWrite',
      'onFirstWrite',
      'onFirstWrite',
      { afterMs: fullRunMs * 0.6 },
      { afterMs: fullRunMs * 0.8 },
      { afterMs: fullRunMs * 0.9 },
      { afterMs: fullRunMs },
    ];
    for (const [i, plan] of plans.entries()) {
      const points = 3 + i / 2;
      outcomes.push(await runAndKill(points, plan));
      const stored = readStored();
      expect(stored, `run ${i}`).toBeDefined();
      expect([previous, points], `run ${i}`).toContain(stored?.points);
      expect(stored?.comment).toBe(`round ${stored?.points}`);
      expect(stored?.newValue).toBe(`${stored?.points} points, "round ${stored?.points}"`);
      previous = stored?.points ?? previous;
    }
    expect(outcomes).toContain('killed');
    // The store still opens and takes the next edit.
    expect((await runCli(setArgs(9.5))).code).toBe(0);
    expect(readStored()).toEqual({ points: 9.5, comment: 'round 9.5', newValue: '9.5 points, "round 9.5"' });
  });
});
