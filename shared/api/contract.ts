import type { z } from 'zod';
import { appApi } from './app-api';
import { auditApi } from './audit-api';
import { connectionsApi } from './connections-api';
import { coursesApi } from './courses-api';
import { exclusionsApi } from './exclusions-api';
import { exportApi } from './export-api';
import { gradingApi } from './grading-api';
import { identityApi } from './identity-api';
import { iterationsApi } from './iterations-api';
import { metricsApi } from './metrics-api';
import { practicesApi } from './practices-api';
import { relayApi } from './relay-api';
import { rosterApi } from './roster-api';
import { syncApi } from './sync-api';
import type { AnyEvent } from './events';
import type { ApiResult } from './result';

/**
 * The one API contract. Every transport (Electron IPC, the loopback HTTP preview, the CLI calling the
 * core in-process) serves exactly these methods, each taking one object validated by its schema.
 * A course is named by `courseId`, or at the edges by `course`, the name a person typed (see
 * course-ref.ts); left out, it means the only course there is.
 */
export const contract = {
  ...appApi,
  ...coursesApi,
  ...metricsApi,
  ...practicesApi,
  ...syncApi,
  ...exportApi,
  ...connectionsApi,
  ...rosterApi,
  ...auditApi,
  ...identityApi,
  ...exclusionsApi,
  ...iterationsApi,
  ...relayApi,
  ...gradingApi,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}

/** What a transport hands to the renderer: typed calls and event subscriptions. */
export interface ApiTransport {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<ApiResult<MethodOutput<M>>>;
  subscribe(listener: (event: AnyEvent) => void): () => void;
}
