import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import type { Core } from '../core/core';
import { CliError } from './cli-error';
import { nameFlagsInMessage } from './name-flags-in-message';

/**
 * Calls the core and turns an error value into a CliError carrying the core's message and code. Input
 * the core refused came from the command line, so it is a usage error (exit 2) naming the flag.
 */
export async function callCore<M extends MethodName>(core: Core, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await core.call(method, input);
  if (!result.ok) {
    const { code, message } = result.error;
    if (code === 'invalid_input') throw new CliError(nameFlagsInMessage(message), 2, code);
    throw new CliError(message, 1, code);
  }
  return result.value as MethodOutput<M>;
}

export interface CliIo {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}
