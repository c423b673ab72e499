import type { syncApi } from '../../../shared/api/sync-api';
import type { HandlerMap } from './handler-map';
import { resolveCourse } from './resolve-course';

export const syncHandlers: HandlerMap<typeof syncApi> = {
  'sync.run': (input, { store, sync }) => sync.run(resolveCourse(store, input)),
  'sync.cancel': (input, { store, sync }) => ({ wasRunning: sync.cancel(resolveCourse(store, input).id) }),
  'sync.status': (_input, { sync }) => sync.listStatus(),
};
