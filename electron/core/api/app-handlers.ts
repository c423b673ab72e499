import type { appApi } from '../../../shared/api/app-api';
import { appVersion } from '../app-version';
import type { HandlerMap } from './handler-map';

export const appHandlers: HandlerMap<typeof appApi> = {
  'app.info': (_input, { dataDir, store }) => ({ version: appVersion, dataDir, databasePath: store.path }),
};
