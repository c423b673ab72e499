import type { EventPayload } from '../../shared/api/events';
import { syncResourceLabels } from '../../shared/domain/sync';
import { sanitizeCell } from './format-table';

function formatEta(ms: number | null): string {
  const seconds = Math.round((ms ?? 0) / 1000);
  if (ms === null || seconds < 1) return '';
  return seconds < 60 ? ` · ~${seconds} s left` : ` · ~${Math.round(seconds / 60)} min left`;
}

/** Cuts the middle out of a text too long for `max` columns, keeping its start and its end (a team path's last segment says which team). */
export function truncateMiddle(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  const tail = Math.ceil((max - 1) / 2);
  return `${chars.slice(0, max - 1 - tail).join('')}…${chars.slice(chars.length - tail).join('')}`;
}

/**
 * What the sync is doing, in one line of at most `maxWidth` columns:
 * `3/8 teams · team-04: merge requests · 412 requests · ~1 min left`. When it does not fit, the team
 * path loses its middle first, then the estimate goes, and only then is the end cut.
 */
export function describeProgress(p: EventPayload<'sync.progressed'>, maxWidth = Number.POSITIVE_INFINITY): string {
  if (p.phase === 'listing-projects') return truncateMiddle('Listing team projects…', maxWidth);
  if (p.phase === 'done') return truncateMiddle(`Synced ${p.teamsTotal} teams (${p.requests} requests)`, maxWidth);
  const head = `${p.teamsDone}/${p.teamsTotal} teams`;
  const tail = ` · ${p.requests} requests`;
  const eta = formatEta(p.etaMs);
  if (!(p.team && p.resource)) return truncateMiddle(`${head}${tail}${eta}`, maxWidth);
  const what = `: ${syncResourceLabels[p.resource]}`;
  const team = sanitizeCell(p.team);
  const minimumTeam = 12;
  for (const withEta of [eta, '']) {
    const room = maxWidth - [...`${head} · ${what}${tail}${withEta}`].length;
    if (room >= Math.min(minimumTeam, [...team].length)) return `${head} · ${truncateMiddle(team, room)}${what}${tail}${withEta}`;
  }
  return truncateMiddle(`${head} · ${team}${what}${tail}`, maxWidth);
}

/** A progress bar on a terminal, kept within its width (a wrapped line would scroll at every update); one line per finished team otherwise (CI logs, pipes). */
export function createSyncProgressPrinter(stream: NodeJS.WriteStream) {
  const isTty = stream.isTTY === true;
  let lastTeamsDone = -1;
  return {
    show(progress: EventPayload<'sync.progressed'>): void {
      if (isTty) {
        stream.write(`\r\u001b[2K${formatProgressLine(progress, stream.columns ?? 80)}`);
        if (progress.phase === 'done') stream.write('\n');
        return;
      }
      const isNewLine = progress.phase !== 'syncing-team' || (progress.resource === null && progress.teamsDone !== lastTeamsDone);
      if (isNewLine) stream.write(`${describeProgress(progress)}\n`);
      lastTeamsDone = progress.teamsDone;
    },
  };
}

/** The bar and the description in `columns - 1` columns (the last column would wrap on some terminals); the bar narrows on narrow terminals. */
export function formatProgressLine(progress: EventPayload<'sync.progressed'>, columns: number): string {
  const width = columns >= 100 ? 24 : 10;
  const filled = progress.teamsTotal ? Math.round((Math.min(progress.teamsDone, progress.teamsTotal) / progress.teamsTotal) * width) : 0;
  const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] `;
  return `${bar}${describeProgress(progress, Math.max(10, columns - 1 - bar.length))}`;
}
