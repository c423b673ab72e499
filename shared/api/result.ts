/**
 * Errors cross every transport as values, never as thrown objects, so the renderer, the CLI and the
 * HTTP preview all see the same `{ code, message }` shape.
 */
export const apiErrorCodes = [
  'invalid_input',
  'not_found',
  'conflict',
  'unauthorized',
  'forbidden',
  'unreachable',
  'rate_limited',
  'gitlab_error',
  'busy',
  'cancelled',
  'keychain_unavailable',
  'internal',
] as const;

export type ApiErrorCode = (typeof apiErrorCodes)[number];

export interface ApiError {
  code: ApiErrorCode;
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): ApiResult<T> {
  return { ok: true, value };
}

export function fail(code: ApiErrorCode, message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}
