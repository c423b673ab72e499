import type { Tone } from '../../components/tone';

/**
 * How a GitLab answer reads at a glance. 404 is common and harmless (a team without a CI file),
 * so client errors are a warning, not an alarm; no status at all means the request never got an answer.
 */
export function classifyHttpStatus(status: number | null): Tone {
  if (status === null || status >= 500) return 'bad';
  if (status >= 400) return 'warn';
  if (status >= 300) return 'neutral';
  return 'good';
}
