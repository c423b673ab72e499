import type { ApiError, ApiErrorCode } from '../../shared/api/result';

/** What to do, for the failures whose messages say what went wrong but not always what next. */
const nextSteps: Partial<Record<ApiErrorCode, string>> = {
  unreachable: 'Check the network connection and the GitLab address, then try again.',
  gitlab_error: 'GitLab may be having trouble; try again in a few minutes.',
  rate_limited: 'GitLab asked GitPulse to slow down; try again in a minute.',
  internal: 'Try again; if it happens again, report it with the details below.',
};

export interface DescribedError {
  /** The sentence to read, ending with a full stop, followed by what to do. */
  text: string;
  /** Raw platform text (a keychain's D-Bus report, a system error) and the error code, for a bug report. */
  details: string[];
}

/**
 * Splits an error for an instructor: the sentence, and behind a disclosure what only a developer
 * reads. The core quotes a platform's own report in parentheses ("Cannot save to the OS keychain
 * (org.freedesktop.DBus.Error.…)"); a long one of those, or one over several lines, moves to details.
 */
export function describeApiError(error: ApiError): DescribedError {
  const { text: ended, details } = splitPlatformDetail(error.message);
  const step = nextSteps[error.code];
  const hasStep = step !== undefined && !/\b(try again|check)\b/i.test(ended);
  details.push(`Error code: ${error.code}`);
  return { text: hasStep ? `${ended} ${step}` : ended, details };
}

/** The sentence of a stored message (a course's last sync error), with the platform's own report split off as in describeApiError. */
export function splitPlatformDetail(message: string): DescribedError {
  const details: string[] = [];
  const sentence = message
    .replace(/ ?\(([^()]*)\)/g, (whole, inner: string) => {
      if (inner.length < 60 && !inner.includes('\n')) return whole;
      details.push(inner.trim());
      return '';
    })
    .replace(/\s+/g, ' ')
    .trim();
  return { text: /[.!?…"”)]$/.test(sentence) ? sentence : `${sentence}.`, details };
}
