import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import type { ApiError } from '../../shared/api/result';
import type { Core } from '../core/core';
import { CliError } from './cli-error';
import { nameFlagsInMessage } from './name-flags-in-message';

/**
 * Input the core refused came from the command line, so it is a usage error (exit 2) naming the flag;
 * unless it was read from a file the person named (a rubric): then the message names a place in that
 * file, not a flag, and the command line itself was right, so it exits 1 with the message as it is.
 */
function toCliError({ code, message }: ApiError, isFileInput: boolean): CliError {
  if (code === 'invalid_input' && !isFileInput) return new CliError(nameFlagsInMessage(message), 2, code);
  return new CliError(message, 1, code);
}

async function call<M extends MethodName>(core: Core, method: M, input: MethodInput<M>, isFileInput: boolean): Promise<MethodOutput<M>> {
  const result = await core.call(method, input);
  if (!result.ok) throw toCliError(result.error, isFileInput);
  return result.value as MethodOutput<M>;
}

/** Calls the core and turns an error value into a CliError carrying the core's message and code. */
export function callCore<M extends MethodName>(core: Core, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  return call(core, method, input, false);
}

/** The same for input read from a file (see toCliError). */
export function callCoreWithFileInput<M extends MethodName>(core: Core, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  return call(core, method, input, true);
}

export interface CliIo {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}
