/**
 * Webhook payloads mix time formats, even within one payload (GitLab's webhook_events.md): ISO 8601
 * ("2013-12-03T17:15:43Z", "2011-12-12T14:27:31+02:00", with or without ms), Ruby's Time#to_s in UTC
 * ("2016-08-12 15:23:28 UTC"), and a space with a numeric offset ("2021-04-28 21:50:00 +0200").
 * Each becomes UTC ISO with milliseconds, as the store keeps times; anything else (the docs even show
 * "2015-04-08T21: 00:25-07:00") is null rather than a guess or a crash.
 */
const spaced = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d+)?) ?(UTC|Z|[+-]\d{2}:?\d{2})$/;
const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

export function parseWebhookTime(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  let normalized: string | null = null;
  const match = spaced.exec(text);
  if (match) {
    const [, date, time, zone] = match;
    const offset = zone === 'UTC' || zone === 'Z' ? 'Z' : `${zone?.slice(0, 3)}:${zone?.slice(-2)}`;
    normalized = `${date}T${time}${offset}`;
  } else if (iso.test(text)) {
    normalized = text;
  }
  if (normalized === null) return null;
  const ms = Date.parse(normalized);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
