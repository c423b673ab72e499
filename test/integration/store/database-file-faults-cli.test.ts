import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, type TestContext } from 'vitest';
import { runCli } from '../../support/run-cli';
import { makeTempDir } from '../../support/temp-dir';

/**
 * Makes `folder` unwritable for the CLI. Root ignores file modes, so as root it becomes a read-only
 * bind mount of itself (skipped, with the reason printed, where mounting is not allowed); otherwise
 * the folder and its files lose their write bits. Returns the undo.
 */
function makeUnwritable(folder: string, context: TestContext): () => void {
  if (process.getuid?.() !== 0) {
    chmodSync(folder, 0o555);
    return () => chmodSync(folder, 0o755);
  }
  try {
    execFileSync('mount', ['--bind', folder, folder], { stdio: 'ignore' });
    execFileSync('mount', ['-o', 'remount,bind,ro', folder], { stdio: 'ignore' });
  } catch {
    console.log('skipped: mounting a read-only bind mount is not allowed here');
    context.skip();
  }
  return () => execFileSync('umount', [folder], { stdio: 'ignore' });
}

describe('gitpulse on a broken or unwritable database file', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let dataDir: string;
  let file: string;
  const cli = (...args: string[]) => runCli(['--data-dir', dataDir, ...args]);

  beforeEach(() => {
    temp = makeTempDir();
    dataDir = join(temp.path, 'data');
    mkdirSync(dataDir);
    file = join(dataDir, 'gitpulse.sqlite');
  });
  afterEach(() => temp.cleanup());

  /** One line on stderr, the file named, exit 1, nothing on stdout. */
  function expectOneLineFailure(run: { code: number | null; stdout: string; stderr: string }, remedy: RegExp): void {
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(file);
    expect(run.stderr).toMatch(remedy);
    expect(run.stderr).not.toMatch(/Unexpected error|SqliteError/);
  }

  it('a corrupted file: every command names it and the backup to restore', async () => {
    writeFileSync(file, Buffer.alloc(16_384, 'garbage '));
    expectOneLineFailure(await cli('course', 'list'), /damaged or not a GitPulse database; .*restore the newest .*gitpulse\.sqlite\.before-NNNN\.bak/);
    expectOneLineFailure(await cli('sync'), /damaged/);
  });

  it('a truncated file: reading it names the file and the backup to restore', async () => {
    expect((await cli('demo')).code).toBe(0);
    truncateSync(file, Math.floor(statSync(file).size / 2));
    expectOneLineFailure(await cli('metrics', '--course', 'demo'), /damaged or not a GitPulse database; .*before-NNNN\.bak/);
  });

  it('a read-only file: metrics, course list, audit and practices still answer; a write says what to check', async (context) => {
    expect((await cli('demo')).code).toBe(0);
    chmodSync(file, 0o444);
    const undo = makeUnwritable(dataDir, context);
    try {
      const list = await cli('course', 'list', '--json');
      expect(list.stderr).toBe('');
      expect(list.code).toBe(0);
      expect(JSON.parse(list.stdout)).toEqual([expect.objectContaining({ name: 'demo', teamCount: 8 })]);
      const metrics = await cli('metrics', '--course', 'demo', '--json');
      expect(metrics.code).toBe(0);
      expect((JSON.parse(metrics.stdout) as { teams: unknown[] }).teams).toHaveLength(8);
      expect((await cli('audit')).code).toBe(0);
      const practices = await cli('practices', '--course', 'demo', '--json');
      expect(practices.code).toBe(0);
      expectOneLineFailure(
        await cli('demo'),
        /cannot write .*check the permissions and owner of the file and its folder \(a file created under sudo belongs to root\)/,
      );
    } finally {
      undo();
    }
  });

  it('an unwritable folder without a database: says which file it cannot create and what to check', async (context) => {
    const undo = makeUnwritable(dataDir, context);
    try {
      expectOneLineFailure(await cli('course', 'list'), /cannot (open|create) .*(writable by you|permissions and owner)/);
      expectOneLineFailure(await cli('demo'), /cannot (open|create) .*(writable by you|permissions and owner)/);
    } finally {
      undo();
    }
  });
});
