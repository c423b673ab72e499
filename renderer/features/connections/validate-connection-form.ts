import type { MethodInput } from '../../../shared/api/contract';
import { checkGitlabUrl } from './check-gitlab-url';

/** The form's text fields; the token is not among them, it is read from its input only on submit. */
export interface ConnectionFormValues {
  gitlabUrl: string;
  requestsPerMinute: string;
  caFile: string;
}

export type ConnectionFormErrors = Partial<Record<keyof ConnectionFormValues, string>>;

export const defaultRequestsPerMinute = 600;

export const emptyConnectionForm: ConnectionFormValues = { gitlabUrl: '', requestsPerMinute: String(defaultRequestsPerMinute), caFile: '' };

/** Checks what the contract checks, plus the URL's shape, so mistakes show next to their field. */
export function validateConnectionForm(
  values: ConnectionFormValues,
): { input: Omit<MethodInput<'connections.save'>, 'token'> } | { errors: ConnectionFormErrors } {
  const errors: ConnectionFormErrors = {};
  const gitlabUrl = values.gitlabUrl.trim().replace(/\/+$/, '');
  const urlError = checkGitlabUrl(gitlabUrl);
  if (urlError) errors.gitlabUrl = urlError;
  const rate = Number(values.requestsPerMinute.trim());
  if (!Number.isInteger(rate) || rate < 1 || rate > 100_000) errors.requestsPerMinute = 'Enter a whole number from 1 to 100,000';
  if (Object.keys(errors).length > 0) return { errors };
  const caFile = values.caFile.trim();
  return { input: { gitlabUrl, requestsPerMinute: rate, caFile: caFile === '' ? null : caFile } };
}
