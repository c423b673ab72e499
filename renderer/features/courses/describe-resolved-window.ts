import { formatIsoDate } from '../../format/format-iso-date';

const dayMs = 86_400_000;

function dayOf(iso: string): string {
  return formatIsoDate(iso.slice(0, 10));
}

/**
 * The window the core counted in, [from, to), as the days it covers: "Counting 16 Feb 2026 – 1 Mar 2026".
 * A `to` at midnight UTC ends the day before it; any other `to` is the cap at now.
 */
export function describeResolvedWindow(from: string | null, to: string): string {
  const end = to.endsWith('T00:00:00.000Z') ? dayOf(new Date(Date.parse(to) - dayMs).toISOString()) : `now (${dayOf(to)})`;
  return `Counting ${from === null ? 'from the first pipeline' : dayOf(from)} – ${end}`;
}
