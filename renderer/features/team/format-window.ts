const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "16 Feb 2026 – 18 May 2026 (Europe/Prague)": the window [from, to) with its last day, not its exclusive end. */
export function formatWindow(from: string | null, to: string, timeZone: string): string {
  const last = Date.parse(to) - 1;
  const end = Number.isNaN(last) ? to : dayFormat.format(last);
  const start = from === null ? 'from the start' : dayFormat.format(Date.parse(from));
  return `${start} – ${end} (days in ${timeZone})`;
}
