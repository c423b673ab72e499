import { resolve } from 'node:path';
import { defaultDataDir } from '../core/default-data-dir';
import { openCore } from '../core/open-core';
import type { CommandLine } from './parse-command-line';
import { runCommand, type CommandContext } from './run-command';

/** Opens the core on the data folder, runs one command and closes the core again. */
export async function runWithCore(line: CommandLine, context: CommandContext): Promise<void> {
  const dataDir = resolve(line.dataDir ?? defaultDataDir());
  // `serve` is a long-running host like the app, so it keeps the sync schedule too, unless told not to
  // (the option is validated again with the rest of serve's options).
  const isSchedulerEnabled = line.words[0] === 'serve' && !line.rest.includes('--no-schedule');
  const core = await openCore({ dataDir, isSchedulerEnabled });
  try {
    await runCommand(core, line.words, line.rest, context);
  } finally {
    core.close();
  }
}
