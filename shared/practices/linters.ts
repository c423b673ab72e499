import { hasOption, isProgram, isSubcommand, runsGradleTask, runsMavenGoal, type CommandPattern } from './command-pattern';
import { positionalArgs } from './split-shell-commands';

/**
 * Known linters and format checks, matched on the command being run (see splitShellCommands). A
 * formatter counts only in its checking mode (`black --check`), since rewriting files checks nothing.
 */
export const linters: readonly CommandPattern[] = [
  {
    name: 'ruff',
    matches: (command) =>
      command.program === 'ruff' && (positionalArgs(command)[0] !== 'format' || command.args.some((arg) => arg === '--check' || arg === '--diff')),
  },
  { name: 'flake8', matches: isProgram('flake8') },
  { name: 'pylint', matches: isProgram('pylint') },
  { name: 'black --check', matches: hasOption('black', '--check', '--diff') },
  { name: 'isort --check', matches: hasOption('isort', '--check', '--check-only', '-c', '--diff') },
  { name: 'mypy', matches: isProgram('mypy') },
  { name: 'eslint', matches: isProgram('eslint') },
  { name: 'prettier --check', matches: hasOption('prettier', '--check', '-c', '--list-different', '-l') },
  { name: 'stylelint', matches: isProgram('stylelint') },
  { name: 'tslint', matches: isProgram('tslint') },
  {
    name: 'checkstyle',
    matches: (command) =>
      isProgram('checkstyle')(command) ||
      runsMavenGoal(/(^|:)(maven-)?checkstyle(-plugin)?:(check|checkstyle)$/)(command) ||
      runsGradleTask(/^checkstyle/)(command),
  },
  { name: 'spotless', matches: (command) => runsMavenGoal(/(^|:)spotless(-maven-plugin)?:check$/)(command) || runsGradleTask(/^spotless\w*Check$/)(command) },
  { name: 'golangci-lint', matches: isProgram('golangci-lint') },
  { name: 'go vet', matches: isSubcommand('go', 'vet') },
  { name: 'gofmt -l', matches: hasOption('gofmt', '-l', '-d') },
  { name: 'clippy', matches: (command) => isSubcommand('cargo', 'clippy')(command) || isProgram('cargo-clippy')(command) },
  { name: 'cargo fmt --check', matches: (command) => isSubcommand('cargo', 'fmt')(command) && command.args.includes('--check') },
  { name: 'rubocop', matches: isProgram('rubocop') },
  { name: 'hadolint', matches: isProgram('hadolint') },
  { name: 'shellcheck', matches: isProgram('shellcheck') },
  { name: 'clang-tidy', matches: isProgram('clang-tidy', 'run-clang-tidy') },
  { name: 'clang-format --dry-run', matches: hasOption('clang-format', '--dry-run', '-n') },
  { name: 'phpcs', matches: isProgram('phpcs') },
  { name: 'phpstan', matches: isProgram('phpstan') },
  {
    name: 'dotnet format --verify-no-changes',
    matches: (command) => isSubcommand('dotnet', 'format')(command) && command.args.includes('--verify-no-changes'),
  },
  { name: 'pre-commit run', matches: isSubcommand('pre-commit', 'run') },
];

/** GitLab's Code Quality template, by the file name it is included as (`Code-Quality.gitlab-ci.yml`, `Jobs/Code-Quality.gitlab-ci.yml`). */
export const lintTemplates: readonly string[] = ['code-quality'];
