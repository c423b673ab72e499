import { appVersion } from '../core/app-version';
import { resolveRendererDir } from './bundle-paths';
import { CliError } from './cli-error';
import { parseCommandLine } from './parse-command-line';
import { usage } from './usage';

/**
 * The `gitpulse` command, bundled to out/main/cli.js (bin/gitpulse.js runs it). This file statically
 * imports only what answers --version and --help; the core (SQLite, GitLab client, keychain) loads on
 * demand for the commands that need it, so those two never touch the data folder.
 */
async function main(argv: string[]): Promise<number> {
  const line = parseCommandLine(argv);
  if (line.isVersion) {
    process.stdout.write(`${appVersion}\n`);
    return 0;
  }
  if (line.isHelp || line.words.length === 0) {
    process.stdout.write(`${usage}\n`);
    return line.isHelp ? 0 : 2;
  }
  // Checking a local CI file reads only that file and its includes: no database to open or lock.
  if (line.words.join(' ') === 'practices' && line.rest.some((arg) => arg === '--file' || arg.startsWith('--file='))) {
    const { runPracticesCommand } = await import('./practices-command');
    runPracticesCommand(line.rest, { stdout: process.stdout });
    return 0;
  }
  const { runWithCore } = await import('./run-with-core');
  return runWithCore(line, { stdout: process.stdout, stderr: process.stderr, rendererDir: resolveRendererDir() });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  async (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    // Messages can quote a server or a student (names, GitLab's error text): one printable line only.
    // Loaded here, not at the top, so --version and --help load nothing beyond this file.
    const { toPrintableLine } = await import('../../shared/domain/student-text');
    process.stderr.write(`gitpulse: ${toPrintableLine(message, 1000)}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : 1;
  },
);
