/** GitLab's REST timestamps: ISO 8601 date and time with seconds, optional fraction, and Z or an offset. */
const isoTimestamp = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})$/;

/**
 * True for a timestamp as GitLab writes one. Date.parse alone is far too lenient: V8 reads
 * "yesterday 3" as 1 March 2001 and rolls 31 February over into March, so a broken value would be
 * stored as a wrong date instead of being refused.
 */
export function isIsoTimestamp(value: string): boolean {
  const match = isoTimestamp.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && Number.isFinite(Date.parse(value));
}
