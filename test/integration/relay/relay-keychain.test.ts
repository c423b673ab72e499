import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { openCore } from '../../../electron/core/open-core';
import { createKeyringSecretStore, relayKeychainServiceName } from '../../../electron/core/secrets/keyring-secret-store';
import { callOk } from '../../support/call-ok';
import { startTestRelay, testClientToken, type TestRelay } from '../../support/relay/start-test-relay';
import { makeTempDir } from '../../support/temp-dir';

// The real OS keychain: in CI, gnome-keyring under dbus-run-session (/tmp/headless-test.sh here).
const gitlabTokens = createKeyringSecretStore();
const relayTokens = createKeyringSecretStore(relayKeychainServiceName);

let relay: TestRelay | undefined;
let core: Core | undefined;
const dir = makeTempDir('gitpulse-relay-keychain-');
afterEach(async () => {
  if (relay) {
    await relayTokens.deleteToken(relay.url);
    await gitlabTokens.deleteToken(relay.url);
  }
  core?.close();
  await relay?.close();
  core = undefined;
  relay = undefined;
});

afterAll(() => dir.cleanup());

describe('the relay client token in the OS keychain', () => {
  it('is saved under its own service, never touches a GitLab token for the same address, and goes on disconnect', async () => {
    relay = await startTestRelay();
    // A GitLab token filed under the very same URL must survive everything the relay does.
    await gitlabTokens.saveToken(relay.url, 'glpat-same-address');
    core = await openCore({ dataDir: dir.path, env: {} });
    const status = await callOk(core, 'relay.connect', { url: relay.url, token: testClientToken });
    expect(status.tokenSource).toBe('keychain');
    expect(await relayTokens.readToken(relay.url)).toBe(testClientToken);
    expect(await gitlabTokens.readToken(relay.url)).toBe('glpat-same-address');
    expect((await callOk(core, 'relay.test', {})).ok).toBe(true);

    expect(await callOk(core, 'relay.disconnect', {})).toEqual({ removed: true });
    expect(await relayTokens.readToken(relay.url)).toBeNull();
    expect(await gitlabTokens.readToken(relay.url)).toBe('glpat-same-address');
  });

  it('keeps nothing when the relay refuses the token', async () => {
    relay = await startTestRelay();
    core = await openCore({ dataDir: dir.path, env: {} });
    const result = await core.call('relay.connect', { url: relay.url, token: 'not-a-client-token' });
    expect(result.ok).toBe(false);
    expect(await relayTokens.readToken(relay.url)).toBeNull();
  });
});
