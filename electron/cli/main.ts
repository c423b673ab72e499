import { resolve } from 'node:path';
import { toPrintableLine } from '../../shared/domain/student-text';
import { appVersion } from '../core/app-version';
import { defaultDataDir } from '../core/default-data-dir';
import { openCore } from '../core/open-core';
import { CliError } from './cli-error';
import { parseCommandLine } from './parse-command-line';
import { runPracticesCommand } from './practices-command';
import { runCommand } from './run-command';
import { stopGraceMs, watchStopSignals } from './watch-stop-signals';
import { usage } from './usage';

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
  if (line.words.join(' ') === 'practices') {
    runPracticesCommand(line.rest, { stdout: process.stdout });
    return 0;
  }
  const dataDir = resolve(line.dataDir ?? defaultDataDir());
  // `serve` is a long-running host like the app, so it keeps the sync schedule too, unless told not to
  // (the option is validated again with the rest of serve's options).
  const isSchedulerEnabled = line.words[0] === 'serve' && !line.rest.includes('--no-schedule');
  const core = await openCore({ dataDir, isSchedulerEnabled });
  const signals = watchStopSignals(() => core.cancelSyncs());
  try {
    await runCommand(core, line.words, line.rest, { stdout: process.stdout, stderr: process.stderr });
    return signals.exitCode() ?? 0;
  } catch (error) {
    const exitCode = signals.exitCode();
    if (exitCode === null) throw error;
    process.stderr.write('gitpulse: stopped; what was synced so far is kept.\n');
    return exitCode;
  } finally {
    await core.closeGracefully(stopGraceMs);
    signals.dispose();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    // Messages can quote a server or a student (names, GitLab's error text): one printable line only.
    process.stderr.write(`gitpulse: ${toPrintableLine(message, 1000)}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : 1;
  },
);
