import { CaFileError } from '../gitlab/connection-fetch';
import { TokenFormatError } from '../secrets/resolve-token';
import { SecretStoreUnavailableError } from '../secrets/secret-store';
import { ApiFailure } from './api-failure';

/**
 * Runs connection work and turns its two environment failures into error values the transports
 * carry with their message intact: an unusable keychain and an unusable CA file. Both messages
 * already say what to do, and neither can contain a token.
 */
export async function runWithConnectionFailures<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof SecretStoreUnavailableError) throw new ApiFailure('keychain_unavailable', error.message);
    if (error instanceof CaFileError || error instanceof TokenFormatError) throw new ApiFailure('invalid_input', error.message);
    throw error;
  }
}
