/**
 * A timestamp as the store keeps it: UTC ISO 8601 with milliseconds ("2026-03-01T10:00:00.000Z").
 * GitLab renders times in the instance's time zone ("2026-03-01T11:00:00.000+01:00") and commit dates
 * keep the author's offset; only once normalised do two stored times compare correctly as text.
 * The schemas have already refused values that are not dates.
 */
export function toUtcIso(value: string): string {
  return new Date(value).toISOString();
}

export function toUtcIsoOrNull(value: string | null): string | null {
  return value === null ? null : toUtcIso(value);
}
