import type { Contract } from '../../shared/api/contract';
import { appHandlers } from './api/app-handlers';
import { auditHandlers } from './api/audit-handlers';
import { connectionsHandlers } from './api/connections-handlers';
import { coursesHandlers } from './api/courses-handlers';
import { exclusionsHandlers } from './api/exclusions-handlers';
import { exportHandlers } from './api/export-handlers';
import { gradingHandlers } from './api/grading-handlers';
import type { HandlerMap } from './api/handler-map';
import { identityHandlers } from './api/identity-handlers';
import { iterationsHandlers } from './api/iterations-handlers';
import { metricsHandlers } from './api/metrics-handlers';
import { practicesHandlers } from './api/practices-handlers';
import { relayHandlers } from './api/relay-handlers';
import { rosterHandlers } from './api/roster-handlers';
import { syncHandlers } from './api/sync-handlers';

/** The whole contract implemented by the areas' handler maps; a missing method fails the typecheck. */
export const handlers: HandlerMap<Contract> = {
  ...appHandlers,
  ...coursesHandlers,
  ...metricsHandlers,
  ...practicesHandlers,
  ...syncHandlers,
  ...exportHandlers,
  ...rosterHandlers,
  ...auditHandlers,
  ...connectionsHandlers,
  ...identityHandlers,
  ...exclusionsHandlers,
  ...iterationsHandlers,
  ...relayHandlers,
  ...gradingHandlers,
};
