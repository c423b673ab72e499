import type { EventPayload } from '../../shared/api/events';

/** A progress bar on a terminal, plain lines otherwise (CI logs, pipes). */
export function createSyncProgressPrinter(stream: NodeJS.WriteStream) {
  const isTty = stream.isTTY === true;
  let lastLine = '';
  return {
    show(progress: EventPayload<'sync.progressed'>): void {
      const text =
        progress.phase === 'listing-projects'
          ? 'Listing team projects…'
          : progress.phase === 'done'
            ? `Synced ${progress.teamsTotal} teams (${progress.requests} requests)`
            : `${progress.teamsDone}/${progress.teamsTotal} teams  ${progress.team ?? ''}`;
      if (isTty) {
        const width = 24;
        const filled = progress.teamsTotal ? Math.round((progress.teamsDone / progress.teamsTotal) * width) : 0;
        stream.write(`\r\u001b[2K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${text}`);
        if (progress.phase === 'done') stream.write('\n');
      } else if (text !== lastLine && (progress.phase !== 'syncing-team' || progress.teamsDone > 0)) {
        stream.write(`${text}\n`);
      }
      lastLine = text;
    },
  };
}
