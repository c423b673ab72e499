const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** `YYYY-MM-DD` as "16 Feb 2026" (day first, never ambiguous); read as UTC so the day never shifts with the local time zone. */
export function formatIsoDate(iso: string): string {
  const time = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(time) ? iso : dateFormat.format(time);
}
