import type { z } from 'zod';
import type { CoreContext } from './core-context';

interface MethodSpec {
  input: z.ZodType;
  output: z.ZodType;
}

/** One area's handlers: each takes its validated argument object and returns its contract result. */
export type HandlerMap<A extends Record<string, MethodSpec>> = {
  [M in keyof A]: (input: z.output<A[M]['input']>, ctx: CoreContext) => Promise<z.input<A[M]['output']>> | z.input<A[M]['output']>;
};
