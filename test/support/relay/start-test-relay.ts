import { startRelay, type Relay, type RelaySettings } from '../../../relay/src/start-relay';
import { makeTempDir } from '../temp-dir';

export const testSecret = 'hook-secret-for-tests';
export const testClientToken = 'client-token-for-tests';

export interface TestRelay extends Relay {
  dataDir: string;
}

/** A relay in this process on a free loopback port, with its own data folder; close() removes both. */
export async function startTestRelay(overrides: Partial<RelaySettings> = {}): Promise<TestRelay> {
  const dir = overrides.dataDir ? null : makeTempDir('gitpulse-relay-');
  const dataDir = overrides.dataDir ?? dir?.path ?? '';
  const relay = await startRelay({
    dataDir,
    port: 0,
    host: '127.0.0.1',
    secrets: [testSecret],
    clientTokens: [testClientToken],
    reporterTokens: [],
    allow: [],
    trustProxy: [],
    retentionDays: 14,
    longPollMs: 0,
    ...overrides,
  });
  return {
    ...relay,
    dataDir,
    close: async () => {
      await relay.close();
      dir?.cleanup();
    },
  };
}
