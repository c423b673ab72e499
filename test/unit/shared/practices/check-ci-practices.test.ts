import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCiPractices, type CiPracticesReport } from '../../../../shared/practices/check-ci-practices';
import { checkCoverageThreshold } from '../../../../shared/practices/check-coverage-threshold';
import type { PracticeEvidence } from '../../../../shared/practices/practice-check';

const check = (mainText: string, includes: Record<string, string | null> = {}, pipelinesInWindow?: number): CiPracticesReport =>
  checkCiPractices(
    { mainPath: '.gitlab-ci.yml', mainText, includes: new Map(Object.entries(includes)) },
    pipelinesInWindow === undefined ? {} : { pipelinesInWindow },
  );

const lines = (...text: string[]): string => `${text.join('\n')}\n`;
const where = (evidence: PracticeEvidence[]): string[] => evidence.map((e) => `${e.job ?? ''}@${e.file === '.gitlab-ci.yml' ? '' : `${e.file}:`}${e.line}`);

describe('checkCiPractices', () => {
  it('follows chained and multiple extends, default: and !reference like GitLab', () => {
    const report = check(readFileSync(new URL('../../../fixtures/ci/extends-and-defaults.yml', import.meta.url), 'utf8'));
    expect(where(report.checks.testsAutomated.evidence)).toEqual(['chained@27', 'chained@14', 'multiple@14']);
    expect(report.checks.testsAutomated.evidence[0]?.text).toBe('$RUNNER -q (pytest -q)');
    expect(where(report.checks.linting.evidence)).toEqual(['chained@6', 'multiple@6']);
    expect(where(report.checks.securityScan.evidence)).toEqual(['multiple@22', 'multiple@38']);
    expect(report.checks.multiStage.evidence.map((e) => `${e.job}:${e.stage}@${e.line}`)).toEqual([
      'chained:verify@9',
      'multiple:release@35',
      'no-defaults:build@43',
    ]);
  });

  it('survives a job that extends itself through another', () => {
    const report = check(lines('a:', '  extends: b', '  script: [pytest]', 'b:', '  extends: a', '  stage: build'));
    // a gets b's stage; b's own extends of a is where the cycle closes, so b keeps only its own keys.
    expect(report.checks.pipelineExists.evidence.map((e) => `${e.job}:${e.stage}`)).toEqual(['a:build']);
    expect(where(report.checks.testsAutomated.evidence)).toEqual(['a@3']);
  });

  it('counts the old top-level before_script and after_script like those under default:', () => {
    const report = check(lines('before_script:', '  - pre-commit run --all-files', 'after_script:', '  - pip-audit', 'job:', '  script: [echo hi]'));
    expect(where(report.checks.linting.evidence)).toEqual(['job@2']);
    expect(where(report.checks.securityScan.evidence)).toEqual(['job@4']);
  });

  it("lets a job's own before_script replace the inherited one", () => {
    const report = check(lines('default:', '  before_script: [flake8]', 'job:', '  before_script: [echo own]', '  script: [echo hi]'));
    expect(report.checks.linting.passed).toBe(false);
  });

  it('resolves anchors and merge keys in the order Ruby reads them: a later << overrides, the first of a list wins', () => {
    const report = check(
      lines(
        '.a: &a',
        '  stage: alpha',
        '  script: [pytest]',
        '.b: &b',
        '  stage: beta',
        'explicit-after:',
        '  <<: *a',
        '  stage: own',
        'explicit-before:',
        '  stage: own',
        '  <<: *a',
        'listed:',
        '  <<: [*b, *a]',
      ),
    );
    expect(report.checks.multiStage.evidence.map((e) => `${e.job}:${e.stage}`)).toEqual(['explicit-after:own', 'explicit-before:alpha', 'listed:beta']);
    expect(where(report.checks.testsAutomated.evidence)).toEqual(['explicit-after@3', 'explicit-before@3', 'listed@3']);
  });

  it('finds a command on its own line inside a multi-line script, and never in a comment', () => {
    const report = check(
      lines(
        'block:',
        '  script:',
        '    # - pytest',
        '    - |',
        '      pip install pytest',
        '      # pytest is the runner',
        '      cd tests && pytest -q',
        'folded:',
        '  script: >',
        '    npm ci &&',
        '    npx eslint .',
        '#lint:',
        '#  script: [ruff check .]',
      ),
    );
    expect(report.checks.testsAutomated.evidence).toEqual([{ job: 'block', stage: 'test', file: '.gitlab-ci.yml', line: 7, text: 'cd tests && pytest -q' }]);
    expect(where(report.checks.linting.evidence)).toEqual(['folded@11']);
  });

  it('counts a parallel:matrix job once, with its script', () => {
    const report = check(lines('test:', '  parallel:', '    matrix:', '      - PYTHON: ["3.11", "3.12"]', '  script:', '    - tox -e py$PYTHON'));
    expect(where(report.checks.testsAutomated.evidence)).toEqual(['test@6']);
    expect(where(report.checks.pipelineExists.evidence)).toEqual(['test@1']);
  });

  it('substitutes global and job variables into scripts', () => {
    const report = check(
      lines('variables:', '  LINTER: { value: mypy, description: the type checker }', 'types:', '  script: ["$LINTER src", "${LINTER} tests"]'),
    );
    expect(report.checks.linting.evidence.map((e) => e.text)).toEqual(['$LINTER src (mypy src)', '${LINTER} tests (mypy tests)']);
  });

  it('counts neither hidden jobs nor global keys nor values that are not mappings as jobs', () => {
    const report = check(
      lines(
        'image: python',
        'services: [postgres]',
        'cache: { paths: [.venv] }',
        'variables: { A: b }',
        'stages: [test]',
        'workflow: { rules: [{ when: always }] }',
        'default: { script: [pytest] }',
        'include: []',
        'before_script: [echo]',
        'after_script: [echo]',
        '.hidden:',
        '  script: [pytest]',
        'not-a-job: [pytest]',
      ),
    );
    expect(report.parses).toBe(true);
    expect(report.checks.pipelineExists).toEqual({ passed: false, evidence: [] });
    expect(report.checks.testsAutomated.passed).toBe(false);
  });

  it('needs three stages with jobs for multiStage, a job without a stage being in test', () => {
    expect(check(lines('a: { stage: build, script: [x] }', 'b: { script: [x] }')).checks.multiStage.passed).toBe(false);
    const report = check(
      lines('a: { stage: build, script: [x] }', 'b: { script: [x] }', 'c: { stage: deploy, script: [x] }', '.d: { stage: lint, script: [x] }'),
    );
    expect(report.checks.multiStage.evidence.map((e) => e.stage)).toEqual(['build', 'test', 'deploy']);
  });

  it('recognises GitLab security and code quality templates by name, however they are included', () => {
    const report = check(
      lines(
        'include:',
        '  - template: Security/DAST.gitlab-ci.yml',
        '  - template: Jobs/License-Scanning.gitlab-ci.yml',
        '  - remote: https://gitlab.com/gitlab-org/gitlab/-/raw/master/lib/gitlab/ci/templates/Security/Secret-Detection.gitlab-ci.yml',
        '  - component: gitlab.com/components/sast/sast@2.0',
        '  - template: Jobs/Code-Quality.gitlab-ci.yml',
        '  - template: Auto-DevOps.gitlab-ci.yml',
        'job: { script: [echo] }',
      ),
    );
    expect(report.checks.securityScan.evidence).toEqual([2, 3, 4, 5].map((line) => expect.objectContaining({ job: null, stage: null, line })));
    expect(report.checks.securityScan.evidence[0]?.text).toBe('- template: Security/DAST.gitlab-ci.yml');
    expect(where(report.checks.linting.evidence)).toEqual(['@6']);
    expect(check(lines('include: { template: Security/Dependency-Scanning.gitlab-ci.yml }', 'job: { script: [echo] }')).checks.securityScan.passed).toBe(true);
  });

  it('takes report artifacts as evidence: junit for tests, codequality for linting, security reports for scans', () => {
    const report = check(
      lines(
        'job:',
        '  script: [./run.sh]',
        '  artifacts:',
        '    reports:',
        '      junit: out.xml',
        '      codequality: cq.json',
        '      dependency_scanning: ds.json',
        '      dotenv: x.env',
      ),
    );
    expect(where(report.checks.testsAutomated.evidence)).toEqual(['job@5']);
    expect(where(report.checks.linting.evidence)).toEqual(['job@6']);
    expect(where(report.checks.securityScan.evidence)).toEqual(['job@7']);
  });

  it('merges local includes under the main file, which wins, with lines in the included file', () => {
    const report = check(lines('include:', '  - local: /ci/test.yml', '  - ci/lint.yml', 'unit: { stage: check }'), {
      'ci/test.yml': lines('unit:', '  stage: test', '  script:', '    - go test ./...'),
      'ci/lint.yml': lines('vet:', '  script: [go vet ./...]'),
    });
    expect(report.checks.testsAutomated.evidence).toEqual([{ job: 'unit', stage: 'check', file: 'ci/test.yml', line: 4, text: 'go test ./...' }]);
    expect(where(report.checks.linting.evidence)).toEqual(['vet@ci/lint.yml:2']);
    expect(report.unresolvedIncludes).toEqual([]);
  });

  it('names includes that could not be fetched, are missing or are broken, and does not count their jobs', () => {
    const report = check(lines('include: [ci/a.yml, ci/b.yml, ci/c.yml, "ci/*.yml"]', 'job: { script: [echo] }'), { 'ci/a.yml': null, 'ci/c.yml': 'x: [' });
    expect(report.unresolvedIncludes).toEqual(['ci/a.yml', 'ci/b.yml', 'ci/c.yml']);
    const wildcard = check(lines('include: { local: "ci/*.yml" }', 'job: { script: [echo] }'));
    expect(wildcard.unresolvedIncludes).toEqual(['ci/*.yml']);
  });

  it('matches wildcard local includes against the files it was given', () => {
    const report = check(lines('include: { local: "ci/*.yml" }'), { 'ci/a.yml': 'a: { script: [jest] }\n', 'ci/sub/b.yml': 'b: { script: [mocha] }\n' });
    expect(where(report.checks.testsAutomated.evidence)).toEqual(['a@ci/a.yml:1']);
  });

  it('follows nested includes three levels deep and no deeper', () => {
    const report = check(lines('include: one.yml'), {
      'one.yml': lines('include: two.yml', 'one: { script: [pytest] }'),
      'two.yml': lines('include: three.yml', 'two: { script: [pytest] }'),
      'three.yml': lines('include: four.yml', 'three: { script: [pytest] }'),
      'four.yml': lines('four: { script: [pytest] }'),
    });
    expect(report.checks.testsAutomated.evidence.map((e) => e.job).sort()).toEqual(['one', 'three', 'two']);
    expect(report.unresolvedIncludes).toEqual(['four.yml']);
  });

  it('reports invalid YAML with its line and column and fails every check', () => {
    const report = check('job:\n  script:\n\t- pytest\n');
    expect(report.parses).toBe(false);
    expect(report.parseError).toMatchObject({ line: 3, column: 1 });
    expect(report.checks.pipelineExists.evidence).toEqual([expect.objectContaining({ job: null, stage: null, file: '.gitlab-ci.yml', line: 3 })]);
    expect(report.checks.testsAutomated).toEqual({ passed: false, evidence: [] });
  });

  it('reports a top level that is not a mapping as a parse error', () => {
    for (const text of ['just some text\n', '- a\n- b\n', '42\n']) {
      const report = check(text);
      expect(report.parses).toBe(false);
      expect(report.parseError).toMatchObject({ line: 1, column: 1, message: expect.stringMatching(/not a mapping/) });
    }
  });

  it('accepts duplicate keys with the last one winning, as GitLab does', () => {
    const report = check(lines('job:', '  script: [pytest]', 'job:', '  script: [echo]'));
    expect(report.parses).toBe(true);
    expect(report.checks.testsAutomated.passed).toBe(false);
  });

  it('stops copying aliases of a file built to blow up, and still checks the rest', () => {
    const levels = ['a0: &a0 [pytest]'];
    for (let i = 1; i <= 9; i += 1) levels.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    const report = check(lines(...levels.map((level) => `.${level}`), 'job:', '  script: [*a9]', 'lint: { script: [flake8] }'));
    expect(report.parses).toBe(true);
    expect(report.checks.linting.passed).toBe(true);
  });

  it('asks for a pipeline in the window only when told how many ran', () => {
    const yaml = lines('job: { script: [echo] }');
    expect(check(yaml).checks.pipelineExists.passed).toBe(true);
    expect(check(yaml, {}, 0).checks.pipelineExists).toEqual({ passed: false, evidence: [expect.objectContaining({ job: 'job', line: 1 })] });
    expect(check(yaml, {}, 3).checks.pipelineExists.passed).toBe(true);
  });
});

describe('checkCoverageThreshold', () => {
  it('passes at or above the threshold, 60 % unless the course sets another', () => {
    expect(checkCoverageThreshold(60).passed).toBe(true);
    expect(checkCoverageThreshold(59.9).passed).toBe(false);
    expect(checkCoverageThreshold(75, 80)).toEqual({
      passed: false,
      evidence: [expect.objectContaining({ text: 'latest coverage 75 % against a threshold of 80 %' })],
    });
  });

  it('fails without evidence when there is no coverage', () => {
    expect(checkCoverageThreshold(null)).toEqual({ passed: false, evidence: [] });
  });
});
