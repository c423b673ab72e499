import { resolve } from 'node:path';
import { defaultDataDir } from '../core/default-data-dir';
import { CliError } from './cli-error';
import { openCore } from '../core/open-core';
import type { CommandLine } from './parse-command-line';
import { isReadingCommand } from './reading-commands';
import { runCommand, type CommandContext } from './run-command';
import { stopGraceMs, watchStopSignals } from './watch-stop-signals';

/**
 * Opens the core on the data folder, runs one command and closes the core again. Ctrl+C or SIGTERM
 * cancels a running sync and waits (bounded) for its cleanup before the store closes, so no lock
 * is left behind; the exit code then says which signal stopped it (130, 143).
 */
export async function runWithCore(line: CommandLine, context: CommandContext): Promise<number> {
  const dataDir = resolve(line.dataDir ?? defaultDataDir());
  // `serve` is a long-running host like the app, so it keeps the sync schedule too, unless told not to
  // (the option is validated again with the rest of serve's options).
  const isSchedulerEnabled = line.words[0] === 'serve' && !line.rest.includes('--no-schedule');
  const core = await openCore({ dataDir, isSchedulerEnabled, access: isReadingCommand(line.words) ? 'read' : 'write' });
  const signals = watchStopSignals(() => core.cancelSyncs());
  try {
    const exitCode = await runCommand(core, line.words, line.rest, context);
    return signals.exitCode() ?? exitCode;
  } catch (error) {
    const exitCode = signals.exitCode();
    if (exitCode === null) throw error;
    // What was synced so far is committed with its cursors, so the next sync picks up from there.
    const message = line.words[0] === 'sync' ? 'Sync cancelled; run it again to resume.' : 'stopped; what was synced so far is kept.';
    throw new CliError(message, exitCode, 'cancelled');
  } finally {
    await core.closeGracefully(stopGraceMs);
    signals.dispose();
  }
}
