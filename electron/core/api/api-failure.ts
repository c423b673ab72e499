import type { ApiError, ApiErrorCode } from '../../../shared/api/result';
import { GitlabError, type GitlabErrorKind } from '../gitlab/gitlab-error';
import { describeSqliteFailure } from '../store/describe-sqlite-failure';
import { StoreError } from '../store/store-error';

/** Thrown inside handlers for an expected failure; the dispatcher turns it into an error value. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

const gitlabCodes: Record<GitlabErrorKind, ApiErrorCode> = {
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  not_found: 'not_found',
  rate_limited: 'rate_limited',
  server: 'gitlab_error',
  network: 'unreachable',
  timeout: 'unreachable',
  bad_response: 'gitlab_error',
  too_large: 'gitlab_error',
  cancelled: 'cancelled',
};

/**
 * Maps anything a handler threw to the `{ code, message }` the transports carry. `storePath` names
 * the database in the message when SQLite failed (a full disk, a read-only file).
 */
export function toApiError(error: unknown, storePath?: string): ApiError {
  if (error instanceof ApiFailure) return { code: error.code, message: error.message };
  if (error instanceof GitlabError) return { code: gitlabCodes[error.kind], message: error.message };
  if (error instanceof StoreError) return { code: 'conflict', message: error.message };
  // A write that failed mid-operation (a full disk, a file made read-only) says which file and what to do.
  const described = storePath === undefined ? error : describeSqliteFailure(error, storePath);
  if (described instanceof StoreError) return { code: 'conflict', message: described.message };
  // AbortSignal rejections (a cancel while waiting for the rate budget or a retry) are cancels too.
  if (error instanceof Error && error.name === 'AbortError') return { code: 'cancelled', message: 'Sync cancelled.' };
  // Unexpected errors keep their message (useful in a bug report) but never a stack or request data.
  return { code: 'internal', message: `Unexpected error: ${error instanceof Error ? error.message : String(error)}` };
}
