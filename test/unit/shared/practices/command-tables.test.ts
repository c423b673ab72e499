import { describe, expect, it } from 'vitest';
import { checkCiPractices, type CiPracticeChecks } from '../../../../shared/practices/check-ci-practices';

/** A file with one job whose script is the given line, checked for one practice. */
function checkOneLine(line: string, check: keyof CiPracticeChecks) {
  const mainText = `job:\n  script:\n    - ${JSON.stringify(line)}\n`;
  return checkCiPractices({ mainPath: '.gitlab-ci.yml', mainText, includes: new Map() }).checks[check];
}

const testRunnerCommands = [
  'pytest',
  'py.test tests',
  'python -m pytest tests/',
  'python3 -m pytest -q',
  'poetry run pytest',
  'pipenv run pytest -x',
  'uv run pytest',
  'CI=true pytest',
  'cd app && pytest',
  'coverage run -m pytest',
  'sudo -E pytest',
  'echo start | tee log; pytest',
  'python -m unittest discover',
  'tox -e py311',
  'nox -s tests',
  'npm test',
  'npm run test',
  'npm t',
  'npm run test:unit',
  'npm install-test',
  'yarn test',
  'yarn run test',
  'pnpm test',
  'pnpm run test',
  'jest',
  'npx jest --ci',
  'npx vitest run',
  'mocha',
  './node_modules/.bin/mocha test/',
  'mvn test',
  'mvn -B verify',
  'mvn clean install',
  'mvn package',
  './mvnw test',
  'gradle test',
  './gradlew check',
  './gradlew build',
  './gradlew :server:test',
  'go test ./...',
  'time go test ./...',
  'cargo test --all',
  'dotnet test',
  'phpunit',
  './vendor/bin/phpunit',
  'bundle exec rspec',
  'ctest --output-on-failure',
  'make test',
  'make check',
  'make -C build test',
];

// Installing, naming or skipping a runner is not running it.
const notTestRunnerCommands = [
  'pip install pytest',
  'pip install pytest-cov',
  'pip3 install pytest==7.0',
  'apt-get install -y python3-pytest',
  'npm install jest',
  'npm install --save-dev jest',
  'echo pytest',
  'cat pytest.ini',
  '# pytest',
  'pytest --version',
  'mvn package -DskipTests',
  'mvn install -Dmaven.test.skip=true',
  'mvn compile',
  './gradlew build -x test',
  './gradlew assemble',
  './gradlew checkstyleTest',
  'go build ./...',
  'cargo build',
  'make',
  'make tests',
  'npm run test-e2e',
  'npm run build',
  'python manage.py test',
];

const linterCommands = [
  'ruff check .',
  'ruff .',
  'ruff format --check .',
  'flake8 src',
  'python -m flake8',
  'pylint app',
  'black --check .',
  'isort --check-only .',
  'isort --check .',
  'mypy src',
  'eslint src',
  'npx eslint .',
  'npx prettier --check .',
  'stylelint "**/*.css"',
  'tslint -p .',
  'checkstyle -c checks.xml src',
  'mvn checkstyle:check',
  './gradlew checkstyleMain',
  './gradlew spotlessCheck',
  'mvn spotless:check',
  'golangci-lint run',
  'go vet ./...',
  'gofmt -l .',
  'cargo clippy -- -D warnings',
  'cargo fmt --check',
  'cargo fmt -- --check',
  'rubocop',
  'bundle exec rubocop',
  'hadolint Dockerfile',
  'shellcheck scripts/build.sh',
  'clang-tidy src/main.cpp',
  'clang-format --dry-run --Werror src/main.cpp',
  'phpcs',
  'vendor/bin/phpstan analyse',
  'dotnet format --verify-no-changes',
  'pre-commit run --all-files',
];

// Rewriting files, installing a linter or printing its name checks nothing.
const notLinterCommands = [
  'black .',
  'prettier --write .',
  'ruff format .',
  'isort .',
  'gofmt -w .',
  'cargo fmt',
  'clang-format -i src/main.cpp',
  'dotnet format',
  'pip install flake8 black',
  'npm install eslint',
  'echo eslint',
  './gradlew spotlessApply',
  'pre-commit install',
  'ruff --version',
  'golangci-lint version',
  'npm run lint',
];

const scannerCommands = [
  'bandit -r src',
  'safety check',
  'pip-audit',
  'semgrep --config auto',
  'npm audit --audit-level=high',
  'yarn audit',
  'trivy image app:latest',
  'grype dir:.',
  'gitleaks detect',
  'trufflehog git file://.',
  'dependency-check.sh --scan .',
  'mvn org.owasp:dependency-check-maven:check',
  'snyk test',
  'gosec ./...',
  'cargo audit',
  'osv-scanner -r .',
];

const notScannerCommands = ['pip install bandit safety', 'npm install --no-audit', 'echo "run trivy"', 'docker pull aquasec/trivy', 'apt-get install -y trivy'];

describe('the command tables', () => {
  it.each(testRunnerCommands)('take `%s` for running tests', (line) => {
    expect(checkOneLine(line, 'testsAutomated')).toEqual({
      passed: true,
      evidence: [{ job: 'job', stage: 'test', file: '.gitlab-ci.yml', line: 3, text: line }],
    });
  });

  it.each(notTestRunnerCommands)('do not take `%s` for running tests', (line) => {
    expect(checkOneLine(line, 'testsAutomated')).toEqual({ passed: false, evidence: [] });
  });

  it.each(linterCommands)('take `%s` for linting', (line) => {
    expect(checkOneLine(line, 'linting')).toMatchObject({ passed: true, evidence: [{ job: 'job', line: 3, text: line }] });
  });

  it.each(notLinterCommands)('do not take `%s` for linting', (line) => {
    expect(checkOneLine(line, 'linting')).toEqual({ passed: false, evidence: [] });
  });

  it.each(scannerCommands)('take `%s` for a security scan', (line) => {
    expect(checkOneLine(line, 'securityScan')).toMatchObject({ passed: true, evidence: [{ job: 'job', line: 3, text: line }] });
  });

  it.each(notScannerCommands)('do not take `%s` for a security scan', (line) => {
    expect(checkOneLine(line, 'securityScan')).toEqual({ passed: false, evidence: [] });
  });
});
