import { ApiFailure } from '../api/api-failure';

/**
 * An as-of instant is the metrics window's end, which the window resolver calls `to`; a caller that
 * was given `asOf` gets the failure under that name, as the person typed it.
 */
export function nameAsOfInFailure<T>(load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (error instanceof ApiFailure && error.message.startsWith('to: ')) throw new ApiFailure(error.code, `asOf: ${error.message.slice(4)}`);
    throw error;
  }
}
