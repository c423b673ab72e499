import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { cliPath } from '../../support/run-cli';
import { callOk, startSyncFixture, type SyncFixture } from '../../support/sync-fixture';

interface ClosedRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdoutBytes: number;
  stderr: string;
}

/**
 * Runs the built CLI with stdout a pipe whose reading end is closed as `head` closes it: after the
 * first chunk (`head -c 10`), or before anything arrived (a reader that already quit).
 */
function runWithReaderClosing(args: string[], when: 'after-first-chunk' | 'at-once'): Promise<ClosedRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      env: { ...process.env, GITLAB_TOKEN: undefined, GITPULSE_DATA_DIR: undefined },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdoutBytes = 0;
    let stderr = '';
    if (when === 'at-once') child.stdout.destroy();
    else
      child.stdout.once('data', (chunk: Buffer) => {
        stdoutBytes = chunk.length;
        child.stdout.destroy();
      });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdoutBytes, stderr }));
  });
}

describe('a reader that closes the pipe early', () => {
  let fixture: SyncFixture;

  beforeAll(async () => {
    // A synced course, so `audit --json` has a thousand requests to print: far more than a pipe holds.
    fixture = await startSyncFixture(generateCourse({ teams: 20, seed: 3, weeks: 3, activityScale: 0.3 }));
    const summary = await callOk(fixture.core, 'sync.run', {});
    expect(summary.requests).toBeGreaterThan(400);
  }, 60_000);
  afterAll(() => fixture.close());

  it('stops the output of a long listing quietly, with the status of the command', async () => {
    const run = await runWithReaderClosing(['--data-dir', fixture.dataDir, 'audit', '--json', '--limit', '1000'], 'after-first-chunk');
    // The first chunk arrived, and was only a part: the CLI was still writing when the pipe closed.
    expect(run.stdoutBytes).toBeGreaterThan(0);
    expect(run.stdoutBytes).toBeLessThan(100_000);
    expect(run).toMatchObject({ code: 0, signal: null, stderr: '' });
  });

  it('says nothing either when the reader had quit before the first line', async () => {
    for (const args of [['course', 'list'], ['metrics', '--json'], ['help']]) {
      const run = await runWithReaderClosing(['--data-dir', fixture.dataDir, ...args], 'at-once');
      expect(run, args.join(' ')).toMatchObject({ code: 0, signal: null, stderr: '' });
    }
  });

  it('still prints an error on stderr, with its own status, when stdout is gone', async () => {
    const run = await runWithReaderClosing(['--data-dir', fixture.dataDir, 'nonsense', '--json'], 'at-once');
    expect(run).toMatchObject({ code: 2, stderr: 'gitpulse: unknown command "nonsense". Run gitpulse help\n' });
  });
});
