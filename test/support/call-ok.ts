import type { ApiDispatcher } from '../../shared/api/bridge';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';

/**
 * Calls the core and unwraps the result, failing the test with the error's code and message. Typed by
 * the contract: a renamed method or field fails the typecheck instead of drifting.
 */
export async function callOk<M extends MethodName>(core: ApiDispatcher, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await core.call(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
  // The core checked the value against the contract's output schema before answering.
  return result.value as MethodOutput<M>;
}
