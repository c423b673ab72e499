const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const absolute = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const steps: readonly { unit: Intl.RelativeTimeFormatUnit; seconds: number }[] = [
  { unit: 'year', seconds: 365 * 24 * 3600 },
  { unit: 'month', seconds: 30 * 24 * 3600 },
  { unit: 'week', seconds: 7 * 24 * 3600 },
  { unit: 'day', seconds: 24 * 3600 },
  { unit: 'hour', seconds: 3600 },
  { unit: 'minute', seconds: 60 },
];

/** "just now", "5 minutes ago", "yesterday"… relative to `now` (ms since epoch). */
export function formatRelativeTime(iso: string, now: number): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return 'at an unknown time';
  const elapsed = (then - now) / 1000;
  // Clocks of the core and the window may differ by a little; a sync "in 3 seconds" is just now.
  if (Math.abs(elapsed) < 45) return 'just now';
  for (const step of steps) {
    if (Math.abs(elapsed) >= step.seconds) return relative.format(Math.round(elapsed / step.seconds), step.unit);
  }
  return relative.format(Math.round(elapsed / 60), 'minute');
}

/** The full local date and time, for tooltips next to a relative time. */
export function formatAbsoluteTime(iso: string): string {
  const then = Date.parse(iso);
  return Number.isNaN(then) ? iso : absolute.format(then);
}
