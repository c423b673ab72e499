import { describe, expect, it } from 'vitest';
import { checkCiPractices } from '../../../../shared/practices/check-ci-practices';
import { listEvidenceLines } from '../../../../shared/practices/list-evidence-lines';

const ci = [
  'stages: [build, test]',
  '',
  'build:',
  '  stage: build',
  '  script: npm ci',
  '',
  'test:',
  '  stage: test',
  '  script:',
  '    - npx eslint .',
  '    - npx vitest run',
  '',
].join('\n');

describe('listEvidenceLines', () => {
  it('marks the lines of the file the checks found their evidence on, each with its checks', () => {
    const { checks } = checkCiPractices({ mainPath: '.gitlab-ci.yml', mainText: ci, includes: new Map() }, { pipelinesInWindow: 3 });
    const lines = listEvidenceLines({ ...checks, coverageThreshold: { passed: false, evidence: [] } }, '.gitlab-ci.yml');
    expect(lines.find((l) => l.practices.includes('linting'))?.line).toBe(10);
    expect(lines.find((l) => l.practices.includes('testsAutomated'))?.line).toBe(11);
    expect(lines.map((l) => l.line)).toEqual([...lines.map((l) => l.line)].sort((a, b) => a - b));
    expect(lines.every((l) => l.line >= 1)).toBe(true);
  });

  it('marks nothing in another file, nor for evidence without a line', () => {
    const evidence = { job: null, stage: null, file: '.gitlab-ci.yml', line: 0, text: 'no .gitlab-ci.yml synced yet' };
    const none = { passed: false, evidence: [] };
    const checks = {
      pipelineExists: { passed: false, evidence: [evidence] },
      testsAutomated: none,
      coverageThreshold: none,
      linting: none,
      securityScan: none,
      multiStage: none,
    };
    expect(listEvidenceLines(checks, '.gitlab-ci.yml')).toEqual([]);
    expect(listEvidenceLines(checks, 'ci/other.yml')).toEqual([]);
  });
});
