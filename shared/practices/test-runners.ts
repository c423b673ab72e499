import { gradlePrograms, isProgram, isSubcommand, mavenPrograms, type CommandPattern } from './command-pattern';
import { positionalArgs, taskName, type ShellCommand } from './split-shell-commands';

/** `test` and the `test:unit`-style scripts that package.json conventions name after it. */
const isTestScript = (name: string | undefined): boolean => name === 'test' || (name?.startsWith('test:') ?? false);

/** npm's own names for running the test script: `npm t`, and `npm install-test` / `npm it` (install, then test). */
const npmTestAliases = new Set(['t', 'tst', 'install-test', 'it', 'install-ci-test', 'cit']);

const runsPackageTestScript =
  (program: string) =>
  (command: ShellCommand): boolean => {
    if (command.program !== program) return false;
    const [first, second] = positionalArgs(command);
    return (
      isTestScript(first) || (program === 'npm' && npmTestAliases.has(first ?? '')) || ((first === 'run' || first === 'run-script') && isTestScript(second))
    );
  };

const mavenTestPhases = new Set(['test', 'verify', 'install', 'package']);
/** A Maven build through one of the phases that run the tests, unless told to skip them. */
const runsMavenTests = (command: ShellCommand): boolean =>
  mavenPrograms.includes(command.program) &&
  positionalArgs(command).some((arg) => mavenTestPhases.has(arg)) &&
  !command.args.some((arg) => /^-D(skipTests|maven\.test\.skip)(=true)?$/.test(arg));

/**
 * A Gradle build through the task `test`, `check` or `build` (which runs check, which runs test), by
 * name, also with a project path (`:server:test`). Other names do not count, however they read:
 * `checkstyleTest` lints the test sources and `testClasses` only compiles them. `-x test` takes the
 * tests out of check and build.
 */
const runsGradleTests = (command: ShellCommand): boolean => {
  if (!gradlePrograms.includes(command.program)) return false;
  const excluded = new Set<string>();
  const tasks: string[] = [];
  command.args.forEach((arg, i) => {
    const previous = command.args[i - 1];
    if (previous === '-x' || previous === '--exclude-task') excluded.add(taskName(arg));
    else if (!arg.startsWith('-')) tasks.push(taskName(arg));
  });
  return tasks.some((task) => {
    if (task === 'check' || task === 'build') return !excluded.has('test');
    return task === 'test';
  });
};

/** Known test runners, matched on the command being run (see splitShellCommands). */
export const testRunners: readonly CommandPattern[] = [
  { name: 'pytest', matches: isProgram('pytest', 'py.test') },
  { name: 'unittest', matches: isProgram('unittest') },
  { name: 'tox', matches: isProgram('tox') },
  { name: 'nox', matches: isProgram('nox') },
  { name: 'npm test', matches: runsPackageTestScript('npm') },
  { name: 'yarn test', matches: runsPackageTestScript('yarn') },
  { name: 'pnpm test', matches: runsPackageTestScript('pnpm') },
  { name: 'jest', matches: isProgram('jest') },
  { name: 'vitest', matches: isProgram('vitest') },
  { name: 'mocha', matches: isProgram('mocha') },
  { name: 'maven', matches: runsMavenTests },
  { name: 'gradle', matches: runsGradleTests },
  { name: 'go test', matches: isSubcommand('go', 'test') },
  { name: 'cargo test', matches: isSubcommand('cargo', 'test') },
  { name: 'dotnet test', matches: isSubcommand('dotnet', 'test') },
  { name: 'phpunit', matches: isProgram('phpunit') },
  { name: 'rspec', matches: isProgram('rspec') },
  { name: 'ctest', matches: isProgram('ctest') },
  {
    name: 'make test',
    matches: (command) => ['make', 'gmake'].includes(command.program) && positionalArgs(command).some((arg) => arg === 'test' || arg === 'check'),
  },
];
