import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import type { Core } from '../core/core';
import { CliError } from './cli-error';

/** Calls the core and turns an error value into a CliError carrying the core's message. */
export async function callCore<M extends MethodName>(core: Core, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await core.call(method, input);
  if (!result.ok) throw new CliError(result.error.message);
  return result.value as MethodOutput<M>;
}

export interface CliIo {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}
