import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli';
import { makeTempDir } from '../../support/temp-dir';

const fixture = fileURLToPath(new URL('../../fixtures/ci/local-includes/.gitlab-ci.yml', import.meta.url));

describe('gitpulse practices --file', () => {
  const temp = makeTempDir();
  const cli = (...args: string[]) => runCli(['--data-dir', temp.path, 'practices', ...args]);
  afterAll(() => temp.cleanup());

  it('prints the checks of a local file and its includes as JSON, without coverage', async () => {
    const run = await cli('--file', fixture, '--json');
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as {
      file: string;
      parses: boolean;
      parseError: unknown;
      checks: Record<string, { passed: boolean; evidence: unknown[] }>;
      unresolvedIncludes: string[];
    };
    expect(Object.keys(report).sort()).toEqual(['checks', 'file', 'parseError', 'parses', 'unresolvedIncludes']);
    expect(report).toMatchObject({ file: fixture, parses: true, parseError: null, unresolvedIncludes: ['ci/missing.yml'] });
    expect(Object.keys(report.checks).sort()).toEqual(['linting', 'multiStage', 'pipelineExists', 'securityScan', 'testsAutomated']);
    expect(Object.values(report.checks).every((check) => check.passed)).toBe(true);
    expect(report.checks.testsAutomated?.evidence).toEqual([{ job: 'unit-tests', stage: 'test', file: 'ci/nested.yml', line: 4, text: './gradlew test' }]);
  });

  it('prints a table with a mark and the first evidence of each check, and opens no database', async () => {
    const run = await cli('--file', fixture);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Tests automated\s+✓\s+unit-tests \(test\), ci\/nested\.yml:4: \.\/gradlew test/);
    expect(run.stdout).toMatch(/Unresolved includes \(their jobs are not counted\): ci\/missing\.yml/);
    expect(readdirSync(temp.path)).toEqual([]);
  });

  it('marks every check failed for a file that is not valid YAML', async () => {
    const broken = fileURLToPath(new URL('../../fixtures/ci/broken-tabs.yml', import.meta.url));
    const run = await cli('--file', broken, '--json');
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { parses: boolean; parseError: { line: number; column: number }; checks: Record<string, { passed: boolean }> };
    expect(report.parses).toBe(false);
    expect(report.parseError).toMatchObject({ line: 3, column: 1 });
    expect(Object.values(report.checks).some((check) => check.passed)).toBe(false);
  });

  it('names a missing file in one line and exits 2', async () => {
    const missing = join(temp.path, 'nope', '.gitlab-ci.yml');
    const run = await cli('--file', missing);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`gitpulse: practices: no such file: ${missing}`);
  });

  it('without --file checks the courses instead, and says when there are none', async () => {
    const elsewhere = makeTempDir();
    const run = await runCli(['--data-dir', elsewhere.path, 'practices']);
    elsewhere.cleanup();
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('gitpulse: There are no courses yet. Add one, or create the demo course.');
  });
});
