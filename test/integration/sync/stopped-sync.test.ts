import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { DEFAULT_SIMULATOR_TOKEN } from '../../support/gitlab-simulator';
import { cliPath } from '../../support/run-cli';
import { startSyncFixture, type SyncFixture } from '../../support/sync-fixture';

const course = generateCourse({ teams: 3, seed: 12 });

/** Runs `gitpulse sync`, sends `signal` once the simulator has seen a few requests, and resolves with the exit code and stderr. */
function runSyncAndSignal(fixture: SyncFixture, signal: 'SIGINT' | 'SIGTERM'): Promise<{ code: number | null; stderr: string }> {
  const start = fixture.sim.requests.length;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, '--data-dir', fixture.dataDir, 'sync'], {
      env: { ...process.env, GITLAB_TOKEN: DEFAULT_SIMULATOR_TOKEN },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const watcher = setInterval(() => {
      if (fixture.sim.requests.length - start >= 20) {
        clearInterval(watcher);
        child.kill(signal);
      }
    }, 2);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(watcher);
      resolve({ code, stderr });
    });
  });
}

function countLockRows(dataDir: string): number {
  const db = new Database(join(dataDir, 'gitpulse.sqlite'), { readonly: true });
  const count = db.prepare('SELECT COUNT(*) FROM sync_locks').pluck().get() as number;
  db.close();
  return count;
}

describe('a sync stopped with a signal', () => {
  let fixture: SyncFixture;
  beforeAll(async () => {
    fixture = await startSyncFixture(course, { latencyMs: 5 });
    fixture.core.close();
  });
  afterAll(() => fixture.close());

  it('on Ctrl+C (SIGINT) cancels, says how to resume, frees the lease and exits with 130', async () => {
    const run = await runSyncAndSignal(fixture, 'SIGINT');
    expect(run.code).toBe(130);
    expect(run.stderr.trimEnd().split('\n').at(-1)).toBe('gitpulse: Sync cancelled; run it again to resume.');
    expect(countLockRows(fixture.dataDir)).toBe(0);
  });

  it('on SIGTERM cancels, frees the lease and exits with 143', async () => {
    expect((await runSyncAndSignal(fixture, 'SIGTERM')).code).toBe(143);
    expect(countLockRows(fixture.dataDir)).toBe(0);
  });
});
