import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkCiPractices } from '../../../../shared/practices/check-ci-practices';
import { readLocalCiSources } from '../../../../electron/core/practices/read-local-ci-sources';

const mainPath = fileURLToPath(new URL('../../../fixtures/ci/local-includes/.gitlab-ci.yml', import.meta.url));

describe('readLocalCiSources', () => {
  it('reads local includes relative to the folder of the file, nested ones and wildcards too', () => {
    const sources = readLocalCiSources(mainPath);
    expect(sources.mainPath).toBe(mainPath);
    expect([...sources.includes.keys()].sort()).toEqual(['ci/build.yml', 'ci/jobs/audit.yml', 'ci/lint.yml', 'ci/missing.yml', 'ci/nested.yml']);
    expect(sources.includes.get('ci/missing.yml')).toBeNull();
  });

  it('reads no file outside the folder of the file', () => {
    const temp = mkdtempSync(join(tmpdir(), 'gitpulse-practices-'));
    try {
      mkdirSync(join(temp, 'repo'));
      writeFileSync(join(temp, 'secret.yml'), 'leak: { script: [pytest] }\n');
      writeFileSync(join(temp, 'repo', '.gitlab-ci.yml'), 'include: ../secret.yml\n');
      expect(readLocalCiSources(join(temp, 'repo', '.gitlab-ci.yml')).includes).toEqual(new Map([['../secret.yml', null]]));
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });

  it('gives the checks what they need to find the jobs of every include', () => {
    const report = checkCiPractices(readLocalCiSources(mainPath));
    const where = (check: keyof typeof report.checks) =>
      report.checks[check].evidence.map((e) => `${e.job ?? ''}@${e.file === mainPath ? 'main' : e.file}:${e.line}`);
    expect(where('pipelineExists')).toEqual(['unit-tests@ci/nested.yml:1']);
    expect(where('testsAutomated')).toEqual(['unit-tests@ci/nested.yml:4']);
    expect(where('linting')).toEqual(['lint@ci/lint.yml:4']);
    expect(where('securityScan')).toEqual(['audit@ci/jobs/audit.yml:3', '@main:7']);
    expect(report.checks.multiStage.evidence.map((e) => e.stage).sort()).toEqual(['build', 'deploy', 'lint', 'test']);
    expect(report.unresolvedIncludes).toEqual(['ci/missing.yml']);
  });
});
