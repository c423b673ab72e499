import type { ApiDispatcher } from '../../shared/api/bridge';

/** Calls the core and unwraps the result, failing the test with the error's code and message. */
export async function callOk<T>(core: ApiDispatcher, method: string, input: unknown): Promise<T> {
  const result = await core.call(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}
