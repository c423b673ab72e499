import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkCiPractices, type CiPracticesReport } from '../../../../shared/practices/check-ci-practices';
import type { PracticeEvidence } from '../../../../shared/practices/practice-check';

// The shared corpus of real .gitlab-ci.yml files lives beside the repository, not in it.
const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..', '..');
const corpusDir = resolve(repoRoot, '..', 'shared', 'data', 'ci-corpus');

/**
 * What each corpus file must give, worked out by reading the file against the definitions in
 * docs/metrics.md. Evidence is written `job@line` (`@line` for a template include); a list starting
 * with '...' names only some of the evidence, any other list all of it. An empty list is a failed check.
 * `stages` lists the stages that hold a job; multiStage passes with three or more.
 */
interface Expected {
  file: string;
  firstJob: string | null;
  tests: string[];
  linting: string[];
  security: string[];
  stages: string[];
}

const corpus: Expected[] = [
  {
    file: '01-python-ml-practice.yml',
    firstJob: 'run_test@7',
    tests: ['run_test@20', 'run_train@34', 'run_inference@49'],
    linting: ['run_test@15', 'run_test@16', 'run_train@30', 'run_train@31', 'run_inference@45', 'run_inference@46'],
    security: [],
    stages: ['test', 'train', 'inference'],
  },
  {
    // `ruff --version` checks nothing; `ruff format --diff` does; pyright and codespell are not in the table.
    file: '02-gajim-python-big.yml',
    firstJob: 'test-other@22',
    tests: ['test-unittest@83'],
    linting: ['test-ruff-lint@60', 'test-ruff-lint@63', 'test-ruff-format@74'],
    security: [],
    stages: ['test', 'prepare-build', 'build', 'deploy', 'publish'],
  },
  {
    // The command comes from the job's variables; `nightly` extends an unknown template and so is in `test`.
    file: '03-meld-runner-in-variable.yml',
    firstJob: 'flatpak@16',
    tests: ['pytest@38'],
    linting: ['lint@38'],
    security: [],
    stages: ['build', 'test', 'check'],
  },
  {
    file: '04-amaxa-tox-precommit.yml',
    firstJob: 'test-unit@9',
    tests: ['test-unit@29', 'test-unit@33', 'test-integration@68', 'test-integration@75'],
    linting: ['test-unit@28'],
    security: [],
    stages: ['test'],
  },
  {
    // `npm install-test` runs the test script; the jobs get it through `<<: *build_and_test`.
    file: '05-lean-qr-anchors.yml',
    firstJob: 'node:22@27',
    tests: ['node:22@25', 'node:24@25', 'node:26@39'],
    linting: [],
    security: [],
    stages: ['test', 'package', 'deploy'],
  },
  {
    // `npm run test-storybook:ci` and `npm run test-playwright` are not the test script.
    file: '06-ts-sast-jest.yml',
    firstJob: 'sast@11',
    tests: ['test_jest@44'],
    linting: [],
    security: ['@14'],
    stages: ['test'],
  },
  { file: '07-react-pages-commented-tests.yml', firstJob: 'pages@50', tests: [], linting: [], security: [], stages: ['deploy'] },
  {
    // `python manage.py test` is no runner of the table.
    file: '08-glasgow-team-extends.yml',
    firstJob: 'build_with_kaniko@8',
    tests: ['test_frontend@58'],
    linting: [],
    security: [],
    stages: ['build', 'test'],
  },
  {
    // `mvn ... -DskipTests` does not count; `npm run lint` is no linter of the table.
    file: '09-sepr-course-maven-angular.yml',
    firstJob: 'test-backend@17',
    tests: ['test-backend@21', 'e2e-test@56'],
    linting: [],
    security: [],
    stages: ['test', 'build', 'deploy'],
  },
  {
    file: '10-oopp-splitty-gradle.yml',
    firstJob: 'build@18',
    tests: ['build@21', 'test@35'],
    linting: ['checkstyle@40'],
    security: [],
    stages: ['build', 'test', 'checkstyle'],
  },
  {
    file: '11-oopp46-mvnw.yml',
    firstJob: 'build_stage@11',
    tests: ['build_stage@16'],
    linting: [],
    security: [],
    stages: ['build', 'package', 'deploy'],
  },
  { file: '12-oopp-tiny-gradle.yml', firstJob: 'build@8', tests: ['build@10'], linting: [], security: [], stages: ['test'] },
  // Its jobs are all in the two includes, which this table does not give it (see the include test below).
  { file: '13-oopp2020-local-includes.yml', firstJob: null, tests: [], linting: [], security: [], stages: [] },
  {
    // `verify sonar:sonar` runs the tests; `package -DskipTests` does not.
    file: '14-springboot-devsecops-templates.yml',
    firstJob: 'get-fact-project-info@27',
    tests: ['test-junit@62', 'test-junit@67', 'sonarqube-check@88'],
    linting: [],
    security: ['@12', '@13', 'container_scanning@177'],
    stages: ['pre-build', 'test', 'build', 'publish', 'scanning', 'deploy'],
  },
  { file: '15-maven-jfrog-tiny.yml', firstJob: 'build@16', tests: [], linting: [], security: [], stages: ['test'] },
  // `./gradlew build_language` and `run_tests` are custom tasks, not test, check or build.
  { file: '16-gradle-custom-tasks.yml', firstJob: 'build@18', tests: [], linting: [], security: [], stages: ['build', 'test'] },
  {
    // `make verify test_fancy` is no runner; the junit report is. Template jobs overridden in the file count as jobs.
    file: '17-gitlab-shell-go.yml',
    firstJob: 'modules:download@98',
    tests: ['tests@148'],
    linting: ['@3', 'lint@274'],
    security: ['@4', '@5', '@6'],
    stages: ['prepare', 'test', 'lint', 'post-test'],
  },
  {
    file: '18-glab-cli-go.yml',
    firstJob: 'check_docs_update@108',
    tests: ['tests:unit@263'],
    linting: ['lint@232', 'lint@235'],
    security: ['@69', '@70', '@71'],
    stages: ['documentation', 'test', 'build', 'release'],
  },
  // `golangci-lint version` only prints the version.
  { file: '19-go-golangci-lint.yml', firstJob: 'go build@9', tests: [], linting: ['linter@22'], security: [], stages: ['build'] },
  {
    // `make tests` and `cargo check` are no runners; the junit report is.
    file: '20-ion-rust.yml',
    firstJob: 'format@15',
    tests: ['compare-benchmarks@83'],
    linting: ['format@19'],
    security: [],
    stages: ['lint', 'test', 'deploy'],
  },
  {
    // `meson test` is not in the table; the junit report of .test-common reaches its jobs through extends.
    file: '21-dav1d-c-big.yml',
    firstJob: 'style-check@64',
    tests: ['...', 'test-debian@491', 'test-debian-asm@491'],
    linting: [],
    security: [],
    stages: ['style', 'build', 'test'],
  },
  // Every job extends templates from the missing local includes, so none has a known stage or script.
  { file: '22-cmake-local-includes.yml', firstJob: 'p:source-package@56', tests: [], linting: [], security: [], stages: ['test'] },
  { file: '23-mruby-cpp-gcovr.yml', firstJob: 'test@12', tests: [], linting: [], security: [], stages: ['test', 'deploy'] },
  {
    file: '24-laravel-phpunit.yml',
    firstJob: 'composer@39',
    tests: ['phpunit@84'],
    linting: [],
    security: [],
    stages: ['build', 'test', 'deploy'],
  },
  { file: '25-dotnet-test.yml', firstJob: 'build@14', tests: ['test@28'], linting: [], security: [], stages: ['build', 'test'] },
  { file: '26-docker-ssh-deploy.yml', firstJob: 'build-image@6', tests: [], linting: [], security: [], stages: ['build', 'deploy'] },
  // `publish` and `test` are declared but hold no job.
  { file: '27-docker-php-images.yml', firstJob: 'Debian 8.0@20', tests: [], linting: [], security: [], stages: ['build', 'build-chromium'] },
  {
    // "Scanning for secrets with Gitleaks" is echoed, not run; syft makes an SBOM, it scans nothing.
    file: '28-devsecops-scanner-commands.yml',
    firstJob: 'validate-manifests@19',
    tests: [],
    linting: [],
    security: ['gitleaks-scan@41', 'semgrep-sast@56', 'k8s_config_scan@72', 'trivy_image_scan@115'],
    stages: ['validate', 'secret-scan', 'sast', 'config-scan', 'build-image', 'sbom', 'image-scan', 'deploy', 'verify'],
  },
  {
    file: '29-devsecops-jobs-templates.yml',
    firstJob: 'lint:dockerfile@33',
    tests: [],
    linting: ['lint:dockerfile@37', 'lint:dockerfile@38', 'lint:dockerfile@39'],
    security: ['@15', '@16', '@17', '@18'],
    stages: ['validate', 'test', 'build', 'scan'],
  },
  // `.pre` is a stage like any other: its job's name does not start with a dot.
  { file: '30-coq-pre-stage.yml', firstJob: 'syntax-check@6', tests: [], linting: [], security: [], stages: ['.pre', 'build', 'test'] },
  {
    // `make check` in the anchored block script; `make distcheck` is another target.
    file: '31-librsvg-merge-keys-block-script.yml',
    firstJob: 'fedora test@132',
    tests: [
      'fedora test@49',
      'fedora:rawhide@49',
      'opensuse:tumbleweed@49',
      'debian:testing@49',
      'debian_i386:testing@49',
      'fedora:test_release@49',
      'debian:testing_release_i386@49',
      'rustc 1.26 1@80',
      'rustc 1.27 2@80',
      'rustc 1.28 3@80',
    ],
    linting: ['rustfmt@150', 'clippy@161'],
    security: [],
    stages: ['test', 'lint', 'cross_distro', 'rustc'],
  },
  // The remote include's jobs are unknown.
  { file: '32-remote-include-override.yml', firstJob: 'pre-build-job@12', tests: [], linting: [], security: [], stages: ['pre-build', 'build'] },
  { file: '33-api-tests-unlisted-tools.yml', firstJob: 'Run cURL@5', tests: [], linting: [], security: [], stages: ['test'] },
  { file: '34-gcl-coverage-keyword.yml', firstJob: 'test-job@3', tests: [], linting: [], security: [], stages: ['test'] },
  // Only other-project includes (with a duplicate key, which GitLab accepts): no job of its own.
  { file: '35-project-includes-dupkey.yml', firstJob: null, tests: [], linting: [], security: [], stages: [] },
  { file: '36-course-mkdocs-pages.yml', firstJob: 'pages@3', tests: [], linting: [], security: [], stages: ['deploy'] },
  { file: '37-one-line-job.yml', firstJob: 'job1@2', tests: [], linting: [], security: [], stages: ['test'] },
];

const brokenCorpus = [
  { file: '38-broken-invalid-yaml-tabs.yml', line: 5, column: 1, message: /tab/i },
  { file: '39-broken-list-root.yml', line: 3, column: 1, message: /list, not a mapping/ },
  { file: '40-broken-empty.yml', line: 1, column: 1, message: /empty/ },
];

const check = (file: string): CiPracticesReport =>
  checkCiPractices({ mainPath: '.gitlab-ci.yml', mainText: readFileSync(join(corpusDir, file), 'utf8'), includes: new Map() });

const label = (evidence: PracticeEvidence): string => `${evidence.job ?? ''}@${evidence.line}`;

function expectEvidence(actual: PracticeEvidence[], expected: string[]): void {
  const labels = actual.map(label);
  if (expected[0] === '...') expect(labels).toEqual(expect.arrayContaining(expected.slice(1)));
  else expect([...labels].sort()).toEqual([...expected].sort());
}

describe('the practice checks on the real-world corpus', () => {
  it.each(corpus)('$file gives the verdicts and evidence read from the file', (expected) => {
    const report = check(expected.file);
    expect(report.parses).toBe(true);
    const { pipelineExists, testsAutomated, linting, securityScan, multiStage } = report.checks;
    expect(pipelineExists.passed).toBe(expected.firstJob !== null);
    expect(pipelineExists.evidence.map(label)).toEqual(expected.firstJob === null ? [] : [expected.firstJob]);
    expect(testsAutomated.passed).toBe(expected.tests.length > 0);
    expectEvidence(testsAutomated.evidence, expected.tests);
    expect(linting.passed).toBe(expected.linting.length > 0);
    expectEvidence(linting.evidence, expected.linting);
    expect(securityScan.passed).toBe(expected.security.length > 0);
    expectEvidence(securityScan.evidence, expected.security);
    expect(multiStage.passed).toBe(expected.stages.length >= 3);
    expect(multiStage.evidence.map((e) => e.stage).sort()).toEqual([...expected.stages].sort());
  });

  it.each(brokenCorpus)('$file fails every check and names the error with its line and column', ({ file, line, column, message }) => {
    const report = check(file);
    expect(report.parses).toBe(false);
    expect(report.parseError).toMatchObject({ line, column, message: expect.stringMatching(message) });
    expect(report.checks.pipelineExists).toEqual({ passed: false, evidence: [expect.objectContaining({ job: null, file: '.gitlab-ci.yml', line })] });
    for (const name of ['testsAutomated', 'linting', 'securityScan', 'multiStage'] as const) {
      expect(report.checks[name]).toEqual({ passed: false, evidence: [] });
    }
  });

  it('names the local includes of a file when they were not fetched', () => {
    expect(check('13-oopp2020-local-includes.yml').unresolvedIncludes).toEqual(['server/.gitlab-ci.yml', 'client/.gitlab-ci.yml']);
    expect(check('22-cmake-local-includes.yml').unresolvedIncludes).toEqual([
      '.gitlab/rules.yml',
      '.gitlab/artifacts.yml',
      '.gitlab/os-linux.yml',
      '.gitlab/os-macos.yml',
      '.gitlab/os-windows.yml',
      '.gitlab/upload.yml',
    ]);
    expect(check('32-remote-include-override.yml').unresolvedIncludes).toEqual([]);
  });

  it('counts the jobs of the local includes of file 13 with the lines of the included files', () => {
    const includeDir = join(corpusDir, 'includes', '13-oopp2020-local-includes');
    const includes = new Map(['server/.gitlab-ci.yml', 'client/.gitlab-ci.yml'].map((path) => [path, readFileSync(join(includeDir, path), 'utf8')]));
    const report = checkCiPractices({
      mainPath: '.gitlab-ci.yml',
      mainText: readFileSync(join(corpusDir, '13-oopp2020-local-includes.yml'), 'utf8'),
      includes,
    });
    const where = (evidence: PracticeEvidence[]) => evidence.map((e) => `${e.job}@${e.file}:${e.line}`).sort();
    expect(report.unresolvedIncludes).toEqual([]);
    expect(where(report.checks.pipelineExists.evidence)).toEqual(['server-build@server/.gitlab-ci.yml:13']);
    expect(where(report.checks.testsAutomated.evidence)).toEqual(['client-test@client/.gitlab-ci.yml:38', 'server-test@server/.gitlab-ci.yml:38']);
    expect(where(report.checks.linting.evidence)).toEqual(['client-checkstyle@client/.gitlab-ci.yml:26', 'server-checkstyle@server/.gitlab-ci.yml:26']);
    expect(report.checks.securityScan.passed).toBe(false);
    expect(report.checks.multiStage.passed).toBe(true);
    expect(report.checks.multiStage.evidence.map((e) => e.stage).sort()).toEqual(['build', 'test', 'validate']);
  });

  it('counts the jobs of the include it has and names the one it lacks', () => {
    const server = readFileSync(join(corpusDir, 'includes', '13-oopp2020-local-includes', 'server', '.gitlab-ci.yml'), 'utf8');
    const includes = new Map([
      ['server/.gitlab-ci.yml', server],
      ['client/.gitlab-ci.yml', null],
    ]);
    const report = checkCiPractices({
      mainPath: '.gitlab-ci.yml',
      mainText: readFileSync(join(corpusDir, '13-oopp2020-local-includes.yml'), 'utf8'),
      includes,
    });
    expect(report.unresolvedIncludes).toEqual(['client/.gitlab-ci.yml']);
    expect(report.checks.testsAutomated.evidence.map((e) => e.job)).toEqual(['server-test']);
    expect(report.checks.multiStage.passed).toBe(true);
  });
});
