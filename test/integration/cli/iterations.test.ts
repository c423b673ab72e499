import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli';
import { makeTempDir } from '../../support/temp-dir';

interface MetricsJson {
  from: string | null;
  to: string;
  teams: Array<{ project: string; pipelines: { total: number } }>;
}

describe('gitpulse iteration', () => {
  const temp = makeTempDir();
  const cli = (...args: string[]) => runCli(['--data-dir', temp.path, ...args]);

  beforeAll(async () => {
    expect((await cli('demo')).code).toBe(0);
  });
  afterAll(() => temp.cleanup());

  it('adds, lists and removes named iterations', async () => {
    const added = await cli('iteration', 'add', '--name', 'Iteration 1', '--start', '2026-02-16', '--end', '2026-03-01');
    expect(added.stderr).toBe('');
    expect(added.stdout).toBe('Added iteration "Iteration 1": 2026-02-16 to 2026-03-01, weight 1.\n');
    expect((await cli('iteration', 'add', '--name', 'Iteration 2', '--start', '2026-03-02', '--end', '2026-03-15')).code).toBe(0);
    const listed = JSON.parse((await cli('iteration', 'list', '--json')).stdout) as unknown;
    expect(listed).toEqual([
      { name: 'Iteration 1', start: '2026-02-16', end: '2026-03-01', weight: 1 },
      { name: 'Iteration 2', start: '2026-03-02', end: '2026-03-15', weight: 1 },
    ]);
    expect((await cli('iteration', 'remove', '--name', 'iteration 2')).stdout).toBe('Removed iteration "iteration 2".\n');
    expect(JSON.parse((await cli('iteration', 'list', '--json')).stdout)).toHaveLength(1);
  });

  it('refuses a duplicate name, an impossible day and an end before the start, storing nothing', async () => {
    const duplicate = await cli('iteration', 'add', '--name', 'ITERATION 1', '--start', '2026-04-01', '--end', '2026-04-10');
    expect(duplicate.code).not.toBe(0);
    expect(duplicate.stderr).toContain('already has an iteration "Iteration 1"');
    const impossible = await cli('iteration', 'add', '--name', 'Late', '--start', '2026-02-30', '--end', '2026-04-10');
    expect(impossible.stderr).toContain('"Late" starts on 2026-02-30 is not a date (YYYY-MM-DD)');
    const backwards = await cli('iteration', 'add', '--name', 'Late', '--start', '2026-04-10', '--end', '2026-04-01');
    expect(backwards.stderr).toContain('"Late" ends on 2026-04-01, which is not after its start 2026-04-10');
    expect(JSON.parse((await cli('iteration', 'list', '--json')).stdout)).toHaveLength(1);
  });

  it('counts metrics over an iteration with --iteration, and says which iterations exist for an unknown one', async () => {
    const metrics = JSON.parse((await cli('metrics', '--iteration', 'Iteration 1', '--json')).stdout) as MetricsJson;
    expect(metrics.from).toBe('2026-02-16T00:00:00.000Z');
    expect(metrics.to).toBe('2026-03-02T00:00:00.000Z');
    const explicit = JSON.parse((await cli('metrics', '--from', '2026-02-16', '--to', '2026-03-02', '--json')).stdout) as MetricsJson;
    expect(metrics.teams.map((t) => t.pipelines.total)).toEqual(explicit.teams.map((t) => t.pipelines.total));
    const unknown = await cli('metrics', '--iteration', 'Sprint 9');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('has no iteration "Sprint 9"; it has "Iteration 1"');
    const both = await cli('metrics', '--iteration', 'Iteration 1', '--from', '2026-02-16');
    expect(both.code).toBe(2);
  });
});
