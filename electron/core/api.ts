import type { Contract, MethodName } from '../../shared/api/contract';
import { appHandlers } from './api/app-handlers';
import { coursesHandlers } from './api/courses-handlers';
import { exportHandlers } from './api/export-handlers';
import type { HandlerMap } from './api/handler-map';
import { metricsHandlers } from './api/metrics-handlers';
import { syncHandlers } from './api/sync-handlers';

/** The whole contract implemented by the areas' handler maps; a missing method fails the typecheck. */
export const handlers: HandlerMap<Contract> = {
  ...appHandlers,
  ...coursesHandlers,
  ...metricsHandlers,
  ...syncHandlers,
  ...exportHandlers,
};

export type HandlerFor<M extends MethodName> = HandlerMap<Contract>[M];
