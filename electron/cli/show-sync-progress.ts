import type { EventPayload } from '../../shared/api/events';
import { syncResourceLabels } from '../../shared/domain/sync';
import { sanitizeCell } from './format-table';

function formatEta(ms: number | null): string {
  const seconds = Math.round((ms ?? 0) / 1000);
  if (ms === null || seconds < 1) return '';
  return seconds < 60 ? ` · ~${seconds} s left` : ` · ~${Math.round(seconds / 60)} min left`;
}

/** What the sync is doing, in one line: `3/8 teams · team-04: merge requests · 412 requests · ~1 min left`. */
export function describeProgress(p: EventPayload<'sync.progressed'>): string {
  if (p.phase === 'listing-projects') return 'Listing team projects…';
  if (p.phase === 'done') return `Synced ${p.teamsTotal} teams (${p.requests} requests)`;
  const step = p.team && p.resource ? ` · ${sanitizeCell(p.team)}: ${syncResourceLabels[p.resource]}` : '';
  return `${p.teamsDone}/${p.teamsTotal} teams${step} · ${p.requests} requests${formatEta(p.etaMs)}`;
}

/** A progress bar on a terminal, one line per finished team otherwise (CI logs, pipes). */
export function createSyncProgressPrinter(stream: NodeJS.WriteStream) {
  const isTty = stream.isTTY === true;
  let lastTeamsDone = -1;
  return {
    show(progress: EventPayload<'sync.progressed'>): void {
      const text = describeProgress(progress);
      if (isTty) {
        const width = 24;
        const filled = progress.teamsTotal ? Math.round((progress.teamsDone / progress.teamsTotal) * width) : 0;
        const columns = Math.max(40, (stream.columns ?? 100) - width - 4);
        stream.write(`\r\u001b[2K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${text.slice(0, columns)}`);
        if (progress.phase === 'done') stream.write('\n');
        return;
      }
      const isNewLine = progress.phase !== 'syncing-team' || (progress.resource === null && progress.teamsDone !== lastTeamsDone);
      if (isNewLine) stream.write(`${text}\n`);
      lastTeamsDone = progress.teamsDone;
    },
  };
}
