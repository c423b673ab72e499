import type { EventPayload } from '../../shared/api/events';
import { syncResourceLabels } from '../../shared/domain/sync';
import { sanitizeCell } from './format-table';

function formatEta(ms: number | null): string {
  const seconds = Math.round((ms ?? 0) / 1000);
  if (ms === null || seconds < 1) return '';
  return seconds < 60 ? ` · ~${seconds} s left` : ` · ~${Math.round(seconds / 60)} min left`;
}

/**
 * Cuts the middle out of a text too long for `max` columns, keeping both ends; the end gets the
 * larger part, since a team path's last segment says which team it is.
 */
export function truncateMiddle(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  if (max <= 1) return '…'.slice(0, Math.max(0, max));
  const tail = Math.ceil(((max - 1) * 2) / 3);
  return `${chars.slice(0, max - 1 - tail).join('')}…${chars.slice(chars.length - tail).join('')}`;
}

/** Columns a line takes: GitLab paths are ASCII, and the labels use only single-width characters. */
function widthOf(text: string): number {
  return [...text].length;
}

/** The first of `lines` that fits `maxWidth`, or the last one cut at its end. */
function pickFitting(lines: readonly string[], maxWidth: number): string {
  const fitting = lines.find((line) => widthOf(line) <= maxWidth);
  if (fitting !== undefined) return fitting;
  const last = [...(lines.at(-1) ?? '')];
  return last.length <= maxWidth ? last.join('') : `${last.slice(0, Math.max(0, maxWidth - 1)).join('')}…`;
}

/**
 * The least room a team path is cut to while anything else can give way: 11 columns keep its last
 * seven characters, a name like team-03, and three of its first.
 */
const readableTeamWidth = 11;

/**
 * What the sync is doing, in one line of at most `maxWidth` columns:
 * `3/8 teams · team-04: merge requests · 412 requests · ~1 min left`. When it does not fit, the team
 * path loses its middle first (down to 11 columns), then the request count goes, then the
 * estimate; on a narrower terminal still, the resource goes and the path keeps what room is left,
 * both its ends always.
 */
export function describeProgress(p: EventPayload<'sync.progressed'>, maxWidth = Number.POSITIVE_INFINITY): string {
  if (p.phase === 'listing-projects') return pickFitting(['Listing team projects…'], maxWidth);
  if (p.phase === 'done') return pickFitting([`Synced ${p.teamsTotal} teams (${p.requests} requests)`, `Synced ${p.teamsTotal} teams`], maxWidth);
  const head = `${p.teamsDone}/${p.teamsTotal} teams`;
  const requests = ` · ${p.requests} requests`;
  const eta = formatEta(p.etaMs);
  const extrasInOrder = [`${requests}${eta}`, eta, ''];
  if (!(p.team && p.resource)) return pickFitting([...new Set(extrasInOrder.map((extras) => `${head}${extras}`))], maxWidth);
  const what = `: ${syncResourceLabels[p.resource]}`;
  const team = sanitizeCell(p.team);
  for (const extras of extrasInOrder) {
    const room = maxWidth - widthOf(`${head} · ${what}${extras}`);
    if (room >= Math.min(readableTeamWidth, widthOf(team))) return `${head} · ${truncateMiddle(team, room)}${what}${extras}`;
  }
  const room = maxWidth - widthOf(`${head} · `);
  // Three columns keep a character of each end around the cut.
  return room >= Math.min(3, widthOf(team)) ? `${head} · ${truncateMiddle(team, room)}` : pickFitting([head], maxWidth);
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

/**
 * The bar and the description in `columns - 1` columns (the last column would wrap on some
 * terminals). The bar narrows on narrow terminals and goes below 60 columns, where the team count
 * says as much and the room is the team's.
 */
export function formatProgressLine(progress: EventPayload<'sync.progressed'>, columns: number): string {
  const room = Math.max(1, columns - 1);
  if (columns < 60) return describeProgress(progress, room);
  const width = columns >= 100 ? 24 : 10;
  const filled = progress.teamsTotal ? Math.round((Math.min(progress.teamsDone, progress.teamsTotal) / progress.teamsTotal) * width) : 0;
  const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] `;
  return `${bar}${describeProgress(progress, room - bar.length)}`;
}
