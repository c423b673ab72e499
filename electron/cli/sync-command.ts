import { toPrintableLine } from '../../shared/domain/student-text';
import { syncResourceLabels, type SyncSummary } from '../../shared/domain/sync';
import type { Core } from '../core/core';
import { callCore, type CliIo } from './call-core';
import { parseCommandOptions } from './parse-command-line';
import { createSyncProgressPrinter } from './show-sync-progress';
import { warnAboutUnscopedToken } from './warn-unscoped-token';

/**
 * Exit status of a sync that stored every team but some (a malformed object stopped them): what was
 * synced is kept, and a scheduled job (cron) still notices. Skipped resources (a plain 403 for issues
 * switched off) and unreachable projects are the course's normal state, so they exit 0.
 */
export const partlySyncedExitCode = 3;

function printSummary(summary: SyncSummary, print: (text: string) => void): void {
  const { stored } = summary;
  print(
    `Synced "${summary.course}" in ${(summary.durationMs / 1000).toFixed(1)} s with ${summary.requests} requests: ${stored.projects} teams, ` +
      `${stored.members} members, ${stored.commits} commits, ${stored.mergeRequests} merge requests, ${stored.issues} issues, ` +
      `${stored.notes} comments, ${stored.pipelines} pipelines, ${stored.jobs} jobs.`,
  );
  if (summary.unreachable.length) print(`Unreachable teams (kept, not updated): ${summary.unreachable.map((team) => toPrintableLine(team, 120)).join(', ')}`);
  for (const { team, resource, message } of summary.skipped)
    print(`Skipped ${syncResourceLabels[resource]} of ${toPrintableLine(team, 120)}: ${toPrintableLine(message, 300)}`);
  for (const failed of summary.failedTeams) print(`Not synced (the other teams were): ${toPrintableLine(failed.message, 300)}`);
  if (summary.deferredLookups) print(`GitLab rate-limited ${summary.deferredLookups} user lookups; their public emails come with a later sync.`);
}

/** `gitpulse sync`: progress on stderr, the summary (text or --json) on stdout; resolves to the exit status. */
export async function runSyncCommand(core: Core, rest: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandOptions('sync', rest, { course: { type: 'string' }, json: { type: 'boolean' } });
  await warnAboutUnscopedToken(core, process.env, io);
  const printer = createSyncProgressPrinter(io.stderr);
  const unsubscribe = core.subscribe((event) => {
    if (event.name === 'sync.progressed') printer.show(event.payload);
  });
  try {
    const summary = await callCore(core, 'sync.run', values.course ? { course: values.course } : {});
    const print = (text: string): void => {
      io.stdout.write(`${text}\n`);
    };
    if (values.json) print(JSON.stringify(summary));
    else printSummary(summary, print);
    return summary.failedTeams.length ? partlySyncedExitCode : 0;
  } finally {
    unsubscribe();
  }
}
