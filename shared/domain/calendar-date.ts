const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether `text` is a real day written `YYYY-MM-DD`. The pattern alone lets 2026-13-45 and 2026-02-30
 * through, and `Date` quietly rolls 2026-04-31 over to 1 May, so the parts are checked against the
 * calendar (leap years included) instead.
 */
export function isCalendarDate(text: string): boolean {
  const match = datePattern.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** The one message every entry point gives, with the flag or field named in front by the caller. */
export function describeNotADate(text: string): string {
  return `${text} is not a date (YYYY-MM-DD)`;
}
