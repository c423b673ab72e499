import { appVersion } from '../core/app-version';
import { resolveRendererDir } from './bundle-paths';
import { CliError } from './cli-error';
import { ignoreClosedReader } from './ignore-closed-reader';
import { parseCommandLine, type CommandLine } from './parse-command-line';
import { commandGroups, describeCommandHelp, isKnownCommand, usage } from './usage';

/**
 * Answers what needs no core: the version, the help (`--help`, `help [COMMAND]`, `COMMAND --help`),
 * and usage errors about the command words themselves. Returns the exit code, or null to go on.
 */
function answerWithoutCore(line: CommandLine): number | null {
  if (line.isVersion) {
    process.stdout.write(`${appVersion}\n`);
    return 0;
  }
  if (line.words[0] === 'help') {
    const help = line.rest.length ? describeCommandHelp(line.rest) : usage;
    if (help === null) throw new CliError(`help: there is no command "${line.rest.join(' ')}". Run gitpulse help`, 2);
    process.stdout.write(`${help}\n`);
    return 0;
  }
  if (line.isHelp) {
    process.stdout.write(`${describeCommandHelp(line.words) ?? usage}\n`);
    return 0;
  }
  // No command at all is a usage error: the usage goes where errors go, and the status says so.
  if (line.words.length === 0) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  if (isKnownCommand(line.words)) return null;
  const [group = ''] = line.words;
  if (line.words.length === 1 && commandGroups.has(group)) {
    process.stderr.write(`gitpulse: ${group}: give one of its commands\n${describeCommandHelp([group]) ?? usage}\n`);
    return 2;
  }
  throw new CliError(`unknown command "${line.words.join(' ')}". Run gitpulse help`, 2);
}

/**
 * The `gitpulse` command, bundled to out/main/cli.js (bin/gitpulse.js runs it). This file statically
 * imports only what answers --version and --help; the core (SQLite, GitLab client, keychain) loads on
 * demand for the commands that need it, so those two never touch the data folder.
 */
async function main(argv: string[]): Promise<number> {
  const line = parseCommandLine(argv);
  const answered = answerWithoutCore(line);
  if (answered !== null) return answered;
  // Checking a local CI file reads only that file and its includes: no database to open or lock.
  if (line.words.join(' ') === 'practices' && line.rest.some((arg) => arg === '--file' || arg.startsWith('--file='))) {
    const { runPracticesCommand } = await import('./practices-command');
    runPracticesCommand(line.rest, { stdout: process.stdout });
    return 0;
  }
  const { runWithCore } = await import('./run-with-core');
  return runWithCore(line, { stdout: process.stdout, stderr: process.stderr, rendererDir: resolveRendererDir() });
}

// Both streams: `gitpulse sync 2>&1 | head -1` closes stderr's pipe as well.
ignoreClosedReader(process.stdout);
ignoreClosedReader(process.stderr);
const argv = process.argv.slice(2);
main(argv).then(
  (code) => {
    process.exitCode = code;
  },
  async (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    // Messages can quote a server or a student (names, GitLab's error text): one printable line only.
    // Loaded here, not at the top, so --version and --help load nothing beyond this file.
    const { toPrintableLine } = await import('../../shared/domain/student-text');
    const line = toPrintableLine(message, 1000);
    process.stderr.write(`gitpulse: ${line}\n`);
    // A script that asked for JSON reads the failure as JSON too, from the stream it parses.
    if (argv.includes('--json')) {
      const code = error instanceof CliError ? error.code : 'internal';
      process.stdout.write(`${JSON.stringify({ error: { code, message: line } })}\n`);
    }
    process.exitCode = error instanceof CliError ? error.exitCode : 1;
  },
);
