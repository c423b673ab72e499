/** The choices the schedule offers, in minutes; null switches it off. */
export const syncIntervalChoices: readonly (number | null)[] = [null, 15, 30, 60, 120, 240, 24 * 60];

/** "every 15 minutes", "every hour", "daily" — for the schedule select and the status bar. */
export function describeInterval(minutes: number): string {
  if (minutes === 24 * 60) return 'daily';
  if (minutes === 60) return 'every hour';
  if (minutes % (24 * 60) === 0) return `every ${minutes / (24 * 60)} days`;
  if (minutes % 60 === 0) return `every ${minutes / 60} hours`;
  return `every ${minutes} minutes`;
}
