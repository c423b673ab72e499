export interface MetricSettingsValues {
  /** As typed; a number from 0 to 100. */
  coverageThreshold: string;
  /** An IANA zone, or '' for this computer's. */
  timeZone: string;
}

export type MetricSettingsErrors = Partial<Record<keyof MetricSettingsValues, string>>;

/** Whether the runtime knows the zone; the core checks the same way (TimeZoneSchema). */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The rules courses.update applies, checked as the instructor types. */
export function validateMetricSettings(values: MetricSettingsValues): MetricSettingsErrors {
  const errors: MetricSettingsErrors = {};
  const text = values.coverageThreshold.trim();
  const threshold = Number(text);
  if (text === '' || !Number.isFinite(threshold)) errors.coverageThreshold = 'Give the coverage threshold as a number from 0 to 100.';
  else if (threshold < 0 || threshold > 100) errors.coverageThreshold = 'A coverage threshold is between 0 and 100.';
  const zone = values.timeZone.trim();
  if (zone !== '' && !isKnownTimeZone(zone)) errors.timeZone = `"${zone}" is not a time zone; use an IANA name such as Europe/Prague or UTC.`;
  return errors;
}
