import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { DEFAULT_SIMULATOR_TOKEN } from '../../support/gitlab-simulator';
import { cliPath } from '../../support/run-cli';
import { startSyncFixture, type SyncFixture } from '../../support/sync-fixture';

const course = generateCourse({ teams: 3, seed: 12 });

/** Runs `gitpulse sync`, sends `signal` once the simulator has seen a few requests, and resolves with the exit code. */
function runSyncAndSignal(fixture: SyncFixture, signal: 'SIGINT' | 'SIGTERM'): Promise<number | null> {
  const start = fixture.sim.requests.length;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, '--data-dir', fixture.dataDir, 'sync'], {
      env: { ...process.env, GITLAB_TOKEN: DEFAULT_SIMULATOR_TOKEN },
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    const watcher = setInterval(() => {
      if (fixture.sim.requests.length - start >= 20) {
        clearInterval(watcher);
        child.kill(signal);
      }
    }, 2);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(watcher);
      resolve(code);
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

  it('on Ctrl+C (SIGINT) cancels, frees the lease and exits with 130', async () => {
    expect(await runSyncAndSignal(fixture, 'SIGINT')).toBe(130);
    expect(countLockRows(fixture.dataDir)).toBe(0);
  });

  it('on SIGTERM cancels, frees the lease and exits with 143', async () => {
    expect(await runSyncAndSignal(fixture, 'SIGTERM')).toBe(143);
    expect(countLockRows(fixture.dataDir)).toBe(0);
  });
});
