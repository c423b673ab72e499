const utcTimestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const offsetPattern = /^([+-])(\d{2}):(\d{2})$/;

/**
 * A JSON.stringify replacer that renders every UTC timestamp in a fixed offset, the way a GitLab
 * instance set to a local time zone answers ("2026-03-01T11:00:00.000+01:00" for 10:00Z). Values
 * already carrying an offset (commit dates keep their author's) pass through unchanged.
 */
export function renderInTimeZone(offset: string): (key: string, value: unknown) => unknown {
  const match = offsetPattern.exec(offset);
  if (!match) throw new Error(`Not a UTC offset like +01:00: ${offset}`);
  const [, sign, hours, minutes] = match;
  const offsetMs = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000;
  return (_key, value) => {
    if (typeof value !== 'string' || !utcTimestamp.test(value)) return value;
    // Shifting the instant and printing it as UTC gives the wall-clock time at that offset.
    return new Date(Date.parse(value) + offsetMs).toISOString().replace('Z', offset);
  };
}
