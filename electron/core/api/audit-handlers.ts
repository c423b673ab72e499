import type { auditApi } from '../../../shared/api/audit-api';
import type { HandlerMap } from './handler-map';

export const auditHandlers: HandlerMap<typeof auditApi> = {
  'audit.list': (input, { store }) => store.audit.listAudit(input.limit, input.before),
};
