import { positionalArgs, taskName, type ShellCommand } from './split-shell-commands';

/** One entry of a command table: the name a report shows, and the test on a command. */
export interface CommandPattern {
  name: string;
  matches: (command: ShellCommand) => boolean;
}

/** Running the program at all, e.g. `pytest`. */
export const isProgram =
  (...programs: string[]) =>
  (command: ShellCommand): boolean =>
    programs.includes(command.program);

/** The program with these first positional arguments, e.g. `go test`, `npm run test`. */
export const isSubcommand =
  (program: string | string[], ...subcommands: string[]) =>
  (command: ShellCommand): boolean => {
    const programs = Array.isArray(program) ? program : [program];
    const positionals = positionalArgs(command);
    return programs.includes(command.program) && subcommands.every((word, i) => positionals[i] === word);
  };

/** The program run with one of these options, e.g. `black --check`. */
export const hasOption =
  (program: string, ...options: string[]) =>
  (command: ShellCommand): boolean =>
    command.program === program && command.args.some((arg) => options.includes(arg));

export const mavenPrograms = ['mvn', 'mvnw'];
export const gradlePrograms = ['gradle', 'gradlew'];

/** A Maven goal such as `checkstyle:check`, with or without the plugin's group (`org.owasp:dependency-check-maven:check`). */
export const runsMavenGoal =
  (goal: RegExp) =>
  (command: ShellCommand): boolean =>
    mavenPrograms.includes(command.program) && positionalArgs(command).some((arg) => goal.test(arg));

/** A Gradle task by name, also when given a project path (`:server:checkstyleMain`). */
export const runsGradleTask =
  (task: RegExp) =>
  (command: ShellCommand): boolean =>
    gradlePrograms.includes(command.program) && positionalArgs(command).some((arg) => task.test(taskName(arg)));

const infoOnlyArgs = new Set(['--version', '-V', 'version', '--help', '-h', 'help']);

/**
 * The table entry the command matches. A command that only asks for its version or help
 * (`ruff --version`, `golangci-lint version`) checks nothing and matches no entry.
 */
export function findPattern(patterns: readonly CommandPattern[], command: ShellCommand): CommandPattern | undefined {
  if (command.args.length > 0 && command.args.every((arg) => infoOnlyArgs.has(arg))) return undefined;
  return patterns.find((pattern) => pattern.matches(command));
}
